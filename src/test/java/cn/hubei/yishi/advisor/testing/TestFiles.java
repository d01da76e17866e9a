package cn.hubei.yishi.advisor.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** Copies of the bundled rules for tests and soaks that change them. */
public final class TestFiles {

    private TestFiles() {
    }

    public static void copyTree(Path from, Path to) throws IOException {
        copyTree(from, to, relative -> true);
    }

    /** Copies the files and folders below {@code from} whose relative path passes {@code keep}. */
    public static void copyTree(Path from, Path to, Predicate<Path> keep) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path relative = from.relativize(p);
                if (!keep.test(relative)) {
                    continue;
                }
                Path target = to.resolve(relative.toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(p, target);
                }
            }
        }
    }
}
