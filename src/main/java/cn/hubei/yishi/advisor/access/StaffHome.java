package cn.hubei.yishi.advisor.access;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/**
 * After login: back to the page that asked for it, else a clerk's case queue or a policy officer's
 * rules status.
 */
class StaffHome extends SavedRequestAwareAuthenticationSuccessHandler {

    @Override
    protected String determineTargetUrl(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) {
        boolean clerk = authentication.getAuthorities().stream().anyMatch(a -> "ROLE_CLERK".equals(a.getAuthority()));
        return clerk ? "/cases" : "/rules/status";
    }
}
