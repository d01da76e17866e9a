package cn.hubei.yishi.advisor.rules;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Holds the ruleset being served. A request takes {@link #current()} once and uses that version
 * to the end, so a reload never shows it a half-built set.
 */
@Component
public class RulesetHolder {

    private final Path rulesDir;
    private final RulesetLoader loader = new RulesetLoader();
    private final AtomicReference<Ruleset> current = new AtomicReference<>();

    public RulesetHolder(@Value("${advisor.rules-dir:./rules}") String rulesDir) {
        this.rulesDir = Path.of(rulesDir).toAbsolutePath().normalize();
        current.set(loader.load(this.rulesDir));
    }

    public Ruleset current() {
        return current.get();
    }

    public Path rulesDir() {
        return rulesDir;
    }
}
