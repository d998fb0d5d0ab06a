package org.haven.opendata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.haven.testsupport.HavenDbTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** With a limit of 3 calls a minute, the fourth call from one address gets 429; other addresses and pages do not. */
@HavenDbTest
@TestPropertySource(properties = "haven.opendata.rate-limit.per-minute=3")
class OpenDataRateLimitTest {

    @Autowired
    MockMvc mvc;

    private static RequestPostProcessor from(String ip) {
        return request -> {
            request.setRemoteAddr(ip);
            return request;
        };
    }

    @Test
    void fourthCallInAMinuteGets429WithRetryAfter() throws Exception {
        for (int remaining = 2; remaining >= 0; remaining--) {
            mvc.perform(get("/api/v1/public/orgunits?type=WORLD").with(from("203.0.113.7")))
                    .andExpect(status().isOk())
                    .andExpect(header().string("X-RateLimit-Limit", "3"))
                    .andExpect(header().string("X-RateLimit-Remaining", Integer.toString(remaining)));
        }
        String retryAfter = mvc.perform(get("/api/v1/public/indicators").with(from("203.0.113.7")))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("X-RateLimit-Remaining", "0"))
                .andExpect(jsonPath("$.status").value(429))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("3 calls per minute")))
                .andReturn().getResponse().getHeader("Retry-After");
        assertThat(Integer.parseInt(retryAfter)).isBetween(1, 60);

        // the same address's bucket covers the SDMX REST API and the IATI file, which publish the same data
        mvc.perform(get("/sdmx/dataflow").with(from("203.0.113.7"))).andExpect(status().isTooManyRequests());
        mvc.perform(get("/api/v1/exchange/iati/activities.xml").with(from("203.0.113.7")))
                .andExpect(status().isTooManyRequests());

        // another client is not limited by the first one's calls, and the open-data page is not rate limited
        mvc.perform(get("/api/v1/public/orgunits?type=WORLD").with(from("198.51.100.20"))).andExpect(status().isOk());
        for (int i = 0; i < 4; i++) {
            mvc.perform(get("/open-data").with(from("203.0.113.7"))).andExpect(status().isOk());
        }
    }
}
