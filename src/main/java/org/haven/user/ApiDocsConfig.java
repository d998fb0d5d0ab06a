package org.haven.user;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description served at /v3/api-docs: every API call uses HTTP Basic with a Haven account. */
@Configuration
class ApiDocsConfig {

    static final String BASIC_AUTH = "basicAuth";

    @Bean
    OpenAPI havenOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Haven API").version("v1")
                        .description("JSON API of Haven, the results and data platform of the UN Strategy to End "
                                + "Violence Against Children 2023-2030. Authenticate with HTTP Basic using your Haven "
                                + "username and password; errors are RFC 9457 problem details, and 400 answers list "
                                + "each invalid field under \"errors\"."))
                .components(new Components().addSecuritySchemes(BASIC_AUTH,
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
                .addSecurityItem(new SecurityRequirement().addList(BASIC_AUTH));
    }
}
