package cn.hubei.yishi.advisor.storage;

import java.io.IOException;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Properties;

/**
 * The high-water mark file: the holdings of the last acknowledged change it was written for, outside the
 * database, so that a database that lost its tail cannot vouch for itself. Written whole to a temporary file,
 * forced to disk and renamed over the old one: a crash leaves either the old mark or the new one.
 */
final class HighWaterMark {

    private HighWaterMark() {
    }

    /** The mark, or empty if there is none; throws if it is there but cannot be read. */
    static Optional<Holdings> read(Path file) throws IOException {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        try {
            String newest = p.getProperty("newest-submission", "").strip();
            return Optional.of(new Holdings(Long.parseLong(p.getProperty("cases", "").strip()),
                    Long.parseLong(p.getProperty("case-events", "").strip()),
                    newest.isEmpty() ? null : Instant.parse(newest)));
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new IOException("内容不是有效的高水位标记（" + e.getMessage() + "）", e);
        }
    }

    static void write(Path file, Holdings h) throws IOException {
        String text = """
                # 一事联办材料助手的高水位标记：数据库（同目录下同名的 .mv.db 文件）至少应有的数据。
                # 每次确认保存后由服务改写，启动时核对；有意恢复一份较旧的备份时，删除本文件后再启动。
                written-at=%s
                cases=%d
                case-events=%d
                newest-submission=%s
                """.formatted(Instant.now(), h.cases(), h.caseEvents(),
                h.newestSubmission() == null ? "" : h.newestSubmission());
        Files.createDirectories(file.getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
            while (bytes.hasRemaining()) {
                ch.write(bytes);
            }
            ch.force(true);
        }
        try {
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
        forceDirectory(file.getParent());
    }

    /** Makes the rename itself durable where the platform allows opening a directory (Linux does). */
    private static void forceDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException notOnThisPlatform) {
            // Windows cannot open a directory; the rename is still atomic there.
        }
    }
}
