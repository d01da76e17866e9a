package cn.hubei.yishi.advisor.rules;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Watches the rules directory (and the samples directory, which decides whether a change may be
 * published) and reloads when a file changes, off the request path. Saves come in
 * bursts (an editor writes, renames, touches), so it waits until the directory has been quiet for a
 * moment before reloading.
 */
@Component
class RulesWatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(RulesWatcher.class);

    private final RulesetHolder holder;
    private final boolean enabled;
    private final long quietMillis;
    private volatile WatchService watcher;
    private volatile Thread thread;

    RulesWatcher(RulesetHolder holder, @Value("${advisor.watch-rules:true}") boolean enabled,
            @Value("${advisor.watch-quiet-millis:500}") long quietMillis) {
        this.holder = holder;
        this.enabled = enabled;
        this.quietMillis = quietMillis;
    }

    @Override
    public void start() {
        if (!enabled || !Files.isDirectory(holder.rulesDir())) {
            return;
        }
        try {
            watcher = holder.rulesDir().getFileSystem().newWatchService();
            registerAll(holder.rulesDir());
            if (Files.isDirectory(holder.samplesDir())) {
                registerAll(holder.samplesDir());
            }
        } catch (IOException e) {
            log.warn("Cannot watch {}: rules reload only through POST /api/rules/reload", holder.rulesDir(), e);
            return;
        }
        startThread();
        log.info("Watching {} for rule changes", holder.rulesDir());
    }

    /**
     * The watching thread, supervised: if anything ends it other than {@link #stop()}, a new one takes over and the
     * status page says so, so that edits are never silently left unpublished.
     */
    private void startThread() {
        Thread t = new Thread(this::run, "rules-watcher");
        t.setDaemon(true);
        t.setUncaughtExceptionHandler((dead, e) -> {
            log.error("The rules watcher stopped unexpectedly; starting it again", e);
            if (thread == dead) {
                holder.failed("监视重启", "规则目录的监视意外中止（" + e.getClass().getSimpleName()
                        + "），已自动重新开始监视；继续使用版本 " + holder.current().version()
                        + "。如最近的修改没有生效，请在本页手动重新加载", System.nanoTime());
                startThread();
            }
        });
        thread = t;
        t.start();
    }

    private void registerAll(Path dir) throws IOException {
        try (Stream<Path> dirs = Files.walk(dir)) {
            for (Path d : dirs.filter(Files::isDirectory).toList()) {
                d.register(watcher, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE);
            }
        }
    }

    private void run() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                WatchKey key = watcher.take();
                drain(key);
                // Wait for the burst of events of one save to end.
                WatchKey more;
                while ((more = watcher.poll(quietMillis, TimeUnit.MILLISECONDS)) != null) {
                    drain(more);
                }
                try {
                    registerAll(holder.rulesDir()); // new folders, e.g. a new theme
                    if (Files.isDirectory(holder.samplesDir())) {
                        registerAll(holder.samplesDir());
                    }
                    holder.reload("文件变更");
                } catch (RuntimeException | IOException | StackOverflowError | LinkageError e) {
                    log.error("Reloading rules after a change failed; the last good rules keep serving", e);
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void drain(WatchKey key) {
        key.pollEvents();
        key.reset();
    }

    @Override
    public void stop() {
        Thread t = thread;
        if (t != null) {
            t.interrupt();
        }
        try {
            if (watcher != null) {
                watcher.close();
            }
        } catch (IOException e) {
            log.debug("closing the rules watcher", e);
        }
        thread = null;
    }

    @Override
    public boolean isRunning() {
        return thread != null;
    }
}
