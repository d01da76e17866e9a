package cn.hubei.yishi.advisor.storage;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;

/**
 * Rewrites the high-water mark after committed changes, batched: a commit only raises a flag, and one write
 * a moment later covers every commit before it, so the write path gains no query and no fsync. The mark may lag
 * the database (safe: the start-up check asks for at least the mark), and is written last on shutdown.
 */
final class MarkWriter implements TransactionExecutionListener, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(MarkWriter.class);
    private static final long DELAY_MILLIS = 500;

    private final DataSource dataSource;
    private final @Nullable Path mark;
    private final @Nullable ScheduledThreadPoolExecutor executor;
    private final AtomicBoolean pending = new AtomicBoolean();
    private @Nullable Holdings written;

    /** {@code mark} null: the database is not an H2 file (PostgreSQL keeps its own durability), nothing to write. */
    MarkWriter(DataSource dataSource, @Nullable Path mark) {
        this.dataSource = dataSource;
        this.mark = mark;
        if (mark == null) {
            executor = null;
            return;
        }
        executor = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "high-water-mark");
            t.setDaemon(true);
            return t;
        });
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        requestWrite(); // a database started without a mark gets one
    }

    @Override
    public void afterCommit(TransactionExecution transaction, @Nullable Throwable commitFailure) {
        if (commitFailure == null && !transaction.isReadOnly()) {
            requestWrite();
        }
    }

    private void requestWrite() {
        if (executor != null && pending.compareAndSet(false, true)) {
            try {
                executor.schedule(this::write, DELAY_MILLIS, TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException closing) {
                pending.set(false); // destroy() writes the last one
            }
        }
    }

    synchronized void write() {
        if (mark == null) {
            return;
        }
        pending.set(false);
        try (Connection c = dataSource.getConnection()) {
            Holdings now = Holdings.of(c);
            if (now.equals(written)) {
                return;
            }
            // H2 makes a commit visible to other sessions a moment before it writes it to the file: the
            // checkpoint writes what was just read, so the mark is never ahead of the file.
            try (Statement s = c.createStatement()) {
                s.execute("CHECKPOINT");
            }
            HighWaterMark.write(mark, now);
            written = now;
        } catch (SQLException | IOException | RuntimeException e) {
            log.warn("高水位标记 {} 未能更新（{}）；下次保存后重试。", mark, e.getMessage());
        }
    }

    @Override
    public void destroy() throws InterruptedException {
        if (executor == null) {
            return;
        }
        // No interrupt: an interrupted thread would close H2's file channel under it.
        executor.shutdown();
        executor.awaitTermination(10, TimeUnit.SECONDS);
        write();
    }
}
