package cn.hubei.yishi.advisor.storage;

import java.nio.file.Path;
import java.util.Optional;

/** An embedded H2 file database ({@code advisor.mv.db}) and its high-water mark beside it ({@code advisor.hwm}). */
record H2File(Path directory, String name) {

    /** The file database a JDBC URL opens; empty for in-memory, server (tcp:) and non-H2 URLs. */
    static Optional<H2File> of(String jdbcUrl) {
        if (jdbcUrl == null || !jdbcUrl.startsWith("jdbc:h2:")) {
            return Optional.empty();
        }
        String path = jdbcUrl.substring("jdbc:h2:".length());
        int settings = path.indexOf(';');
        if (settings >= 0) {
            path = path.substring(0, settings);
        }
        if (path.startsWith("file:")) {
            path = path.substring("file:".length());
        } else if (!(path.startsWith("/") || path.startsWith("./") || path.startsWith("~") || path.matches("[A-Za-z]:.*"))) {
            return Optional.empty(); // mem:, tcp:, ssl:, zip: …
        }
        if (path.startsWith("~")) {
            path = System.getProperty("user.home") + path.substring(1);
        }
        Path p = Path.of(path).toAbsolutePath().normalize();
        return Optional.of(new H2File(p.getParent(), p.getFileName().toString()));
    }

    Path database() {
        return directory.resolve(name + ".mv.db");
    }

    Path mark() {
        return directory.resolve(name + ".hwm");
    }

    /** Opens the file read-only and never creates it: H2 leaves a read-only file byte for byte as it was. */
    String readOnlyUrl() {
        return "jdbc:h2:file:" + directory.resolve(name) + ";ACCESS_MODE_DATA=r;IFEXISTS=TRUE";
    }
}
