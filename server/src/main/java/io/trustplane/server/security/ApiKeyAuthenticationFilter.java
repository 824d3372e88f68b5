package io.trustplane.server.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: Bearer <key>} (or the configured key header, default {@code X-API-Key}). A request without a
 * key passes on unauthenticated, and the authorization rules decide; a request with a wrong or revoked
 * key is rejected here with 401, so a typo never silently falls through to anonymous access.
 */
public class ApiKeyAuthenticationFilter extends OncePerRequestFilter {
    static final SimpleGrantedAuthority PROJECT = new SimpleGrantedAuthority("ROLE_PROJECT");
    static final SimpleGrantedAuthority ADMIN = new SimpleGrantedAuthority("ROLE_ADMIN");

    private final ApiKeyAuthenticator authenticator;
    private final AuthenticationEntryPoint entryPoint;
    private final String keyHeader;

    public ApiKeyAuthenticationFilter(ApiKeyAuthenticator authenticator, AuthenticationEntryPoint entryPoint, String keyHeader) {
        this.authenticator = authenticator;
        this.entryPoint = entryPoint;
        this.keyHeader = keyHeader;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = presentedKey(request);
        if (key == null) {
            chain.doFilter(request, response);
            return;
        }
        var principal = authenticator.authenticate(key);
        if (principal.isEmpty()) {
            SecurityContextHolder.clearContext();
            entryPoint.commence(request, response, new BadCredentialsException("unknown or revoked API key"));
            return;
        }
        ProjectPrincipal p = principal.get();
        var authentication = UsernamePasswordAuthenticationToken.authenticated(p, null,
                List.of(p.admin() ? ADMIN : PROJECT));
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        chain.doFilter(request, response);
    }

    private String presentedKey(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return authorization.substring(7).trim();
        }
        String apiKey = request.getHeader(keyHeader);
        return apiKey == null ? null : apiKey.trim();
    }
}
