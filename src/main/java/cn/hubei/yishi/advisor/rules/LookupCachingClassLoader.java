package cn.hubei.yishi.advisor.rules;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The class loader rule compilation sees. Two jobs.
 *
 * <p>It hides what rules must never reach: files, the network, processes, threads, reflection, the JVM's
 * settings, and the application's own classes beyond the facts. The lint ({@link RuleLint}) already refuses
 * every such reference; this is the second line, so that a gap in the lint gives a compile error, not a rule that
 * reads a file. The compiler behind DRL reads class files through {@link #getResourceAsStream}, so hiding them
 * there is what it compiles against; classes themselves still load as the engine's own code needs them.
 *
 * <p>It asks its parent once per class or resource name and remembers the answer, found or not. The Java compiler behind DRL probes a resource for every name in
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

    /** Packages rule code may not see, by prefix of the class name. */
    private static final List<String> HIDDEN_PACKAGES = List.of(
            "java.io.", "java.nio.", "java.net.", "java.lang.reflect.", "java.lang.invoke.", "java.lang.ref.",
            "java.lang.management.", "java.lang.instrument.", "java.lang.module.", "java.lang.runtime.",
            "java.util.concurrent.", "java.util.jar.", "java.util.zip.", "java.util.logging.", "java.util.prefs.",
            "java.util.spi.", "java.util.stream.", "java.util.function.", "java.util.random.", "java.util.regex.",
            "java.sql.", "java.security.", "java.rmi.", "java.beans.", "java.awt.", "java.text.",
            "javax.", "jdk.", "sun.", "com.sun.",
            "cn.hubei.yishi.advisor.", "org.springframework.", "org.h2.", "org.postgresql.", "org.flywaydb.",
            "org.apache.", "tools.jackson.", "com.fasterxml.", "com.zaxxer.", "ch.qos.", "org.slf4j.",
            "com.github.javaparser.", "org.eclipse.", "org.yaml.", "com.networknt.");

    /** Classes of {@code java.lang} and {@code java.util} that reach the process, threads or loading. */
    private static final Set<String> HIDDEN_CLASSES = Set.of(
            "java.lang.Runtime", "java.lang.System", "java.lang.Process", "java.lang.ProcessBuilder",
            "java.lang.ProcessHandle", "java.lang.Thread", "java.lang.ThreadGroup", "java.lang.ThreadLocal",
            "java.lang.InheritableThreadLocal", "java.lang.ClassLoader", "java.lang.Module", "java.lang.ModuleLayer",
            "java.lang.StackWalker", "java.lang.SecurityManager", "java.lang.ClassValue", "java.lang.ScopedValue",
            "java.lang.Package", "java.util.Locale", "java.util.TimeZone", "java.util.ServiceLoader",
            "java.util.ResourceBundle", "java.util.Scanner", "java.util.Formatter", "java.util.Timer",
            "java.util.Properties", "java.util.prefs.Preferences");

    /** Always visible: the facts rules are written against, and what Java itself needs to compile them. */
    private static final String FACTS = "cn.hubei.yishi.advisor.facts.";
    private static final Set<String> NEEDED = Set.of("java.io.Serializable");

    /** Whether rule code may see the class of this binary name ({@code a.b.C$D}). */
    static boolean visible(String className) {
        if (className.startsWith(FACTS) || NEEDED.contains(className)) {
            return true;
        }
        String outer = className.contains("$") ? className.substring(0, className.indexOf('$')) : className;
        if (HIDDEN_CLASSES.contains(outer)) {
            return false;
        }
        for (String p : HIDDEN_PACKAGES) {
            if (className.startsWith(p)) {
                return false;
            }
        }
        return true;
    }

    /** The same for a resource: class files by their class, anything else hidden unless it is a class file. */
    private static boolean visibleResource(String name) {
        if (!name.endsWith(".class")) {
            // The compiler and the engine look up class files only; no other resource is any business of a rule.
            return !name.contains("..") && (name.startsWith("org/drools/") || name.startsWith("org/kie/")
                    || name.startsWith("META-INF/kie") || name.startsWith("META-INF/services/org.kie")
                    || name.startsWith("META-INF/services/org.drools"));
        }
        return visible(name.substring(0, name.length() - ".class".length()).replace('/', '.'));
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
        if (!visibleResource(name)) {
            return null;
        }
        return resources.computeIfAbsent(name, n -> Optional.ofNullable(getParent().getResource(n))).orElse(null);
    }

    @Override
    public InputStream getResourceAsStream(String name) {
        if (!visibleResource(name)) {
            return null;
        }
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
