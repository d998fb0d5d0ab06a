package org.haven.opendata;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Rate limit of the open-data endpoints (the public API {@code /api/v1/public/**}, the SDMX REST API {@code /sdmx/**}
 * and the IATI activity file): one Bucket4j token bucket per client IP holding
 * {@code haven.opendata.rate-limit.per-minute} calls (default 60), refilled greedily over a minute. Every answer
 * carries {@code X-RateLimit-Limit} and {@code X-RateLimit-Remaining}; a call over the limit gets 429 with
 * {@code Retry-After} (seconds) and a problem-details JSON message. The client IP is the request's remote address;
 * behind a reverse proxy, set {@code server.forward-headers-strategy=native} so it is the caller's, not the proxy's.
 * Buckets idle for over a minute are full again and are dropped, so the map stays small.
 */
class RateLimitFilter extends OncePerRequestFilter {

    static final String[] PATTERNS = {"/api/v1/public/*", "/sdmx/*", "/api/v1/exchange/iati/activities.xml"};
    private static final Duration WINDOW = Duration.ofMinutes(1);
    private static final int SWEEP_ABOVE = 10_000;

    private record Entry(Bucket bucket, long[] lastSeen) {
    }

    private final int perMinute;
    private final Map<String, Entry> buckets = new ConcurrentHashMap<>();

    RateLimitFilter(int perMinute) {
        if (perMinute < 1) {
            throw new IllegalArgumentException("haven.opendata.rate-limit.per-minute must be at least 1, not " + perMinute);
        }
        this.perMinute = perMinute;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long now = System.nanoTime();
        if (buckets.size() > SWEEP_ABOVE) {
            buckets.values().removeIf(e -> now - e.lastSeen()[0] > WINDOW.toNanos());
        }
        Entry entry = buckets.computeIfAbsent(client(request), ip -> new Entry(Bucket.builder()
                .addLimit(limit -> limit.capacity(perMinute).refillGreedy(perMinute, WINDOW)).build(), new long[1]));
        entry.lastSeen()[0] = now;
        ConsumptionProbe probe = entry.bucket().tryConsumeAndReturnRemaining(1);
        response.setHeader("X-RateLimit-Limit", Integer.toString(perMinute));
        response.setHeader("X-RateLimit-Remaining", Long.toString(Math.max(0, probe.getRemainingTokens())));
        if (probe.isConsumed()) {
            chain.doFilter(request, response);
            return;
        }
        long seconds = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
        response.setStatus(429);
        response.setHeader("Retry-After", Long.toString(seconds));
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Too Many Requests\",\"status\":429,"
                + "\"detail\":\"The open-data endpoints allow " + perMinute + " calls per minute from one address; try "
                + "again in " + seconds + " s.\",\"retryAfterSeconds\":" + seconds + "}");
    }

    private static String client(HttpServletRequest request) {
        String ip = request.getRemoteAddr();
        return ip == null ? "" : ip;
    }

    /** Registers the filter for the open-data endpoints only, ahead of the security filters. */
    @Configuration
    static class Registration {

        @Bean
        FilterRegistrationBean<RateLimitFilter> openDataRateLimit(
                @Value("${haven.opendata.rate-limit.per-minute:60}") int perMinute) {
            FilterRegistrationBean<RateLimitFilter> bean = new FilterRegistrationBean<>(new RateLimitFilter(perMinute));
            bean.addUrlPatterns(PATTERNS);
            bean.setOrder(-200);
            bean.setName("openDataRateLimit");
            return bean;
        }
    }
}
