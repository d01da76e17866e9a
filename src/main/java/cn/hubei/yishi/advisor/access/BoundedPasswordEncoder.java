package cn.hubei.yishi.advisor.access;

import java.util.concurrent.Semaphore;

import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Checks passwords on a fixed number of permits: bcrypt costs tens of milliseconds of a core, so a
 * burst of wrong passwords would otherwise take every core from the applicants. A check beyond the
 * permits is refused at once rather than queued, so a waiting request holds no thread either.
 */
class BoundedPasswordEncoder implements PasswordEncoder {

    private final PasswordEncoder delegate;
    private final Semaphore permits;

    BoundedPasswordEncoder(PasswordEncoder delegate, int permits) {
        this.delegate = delegate;
        this.permits = new Semaphore(permits);
    }

    @Override
    public boolean matches(CharSequence raw, String encoded) {
        if (!permits.tryAcquire()) {
            throw LoginRefused.tooBusy();
        }
        try {
            return delegate.matches(raw, encoded);
        } finally {
            permits.release();
        }
    }

    @Override
    public String encode(CharSequence raw) {
        return delegate.encode(raw);
    }

    @Override
    public boolean upgradeEncoding(String encoded) {
        return delegate.upgradeEncoding(encoded);
    }
}
