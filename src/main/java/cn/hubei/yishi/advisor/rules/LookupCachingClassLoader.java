package cn.hubei.yishi.advisor.rules;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The class loader rule compilation sees: it asks its parent once per class or resource name and
 * remembers the answer, found or not. The Java compiler behind DRL probes a resource for every name in
 * every consequence, and inside an executable jar each probe opens nested-jar URLs; profiling showed
 * those probes as most of rule compilation. Classes still come from the parent, so the facts the
 * engine inserts and the facts the rules see are the same classes.
 */
final class LookupCachingClassLoader extends ClassLoader {

    static {
        registerAsParallelCapable();
    }

    private final ConcurrentHashMap<String, Optional<Class<?>>> classes = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Optional<URL>> resources = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Optional<byte[]>> bytes = new ConcurrentHashMap<>();

    LookupCachingClassLoader(ClassLoader parent) {
        super("rules", parent);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        Optional<Class<?>> found = classes.computeIfAbsent(name, n -> {
            try {
                return Optional.of(getParent().loadClass(n));
            } catch (ClassNotFoundException | LinkageError e) {
                return Optional.empty();
            }
        });
        return found.orElseThrow(() -> new ClassNotFoundException(name));
    }

    @Override
    public URL getResource(String name) {
        return resources.computeIfAbsent(name, n -> Optional.ofNullable(getParent().getResource(n))).orElse(null);
    }

    @Override
    public InputStream getResourceAsStream(String name) {
        Optional<byte[]> content = bytes.computeIfAbsent(name, n -> {
            try (InputStream in = getParent().getResourceAsStream(n)) {
                return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
            } catch (IOException e) {
                return Optional.empty();
            }
        });
        return content.map(ByteArrayInputStream::new).orElse(null);
    }
}
