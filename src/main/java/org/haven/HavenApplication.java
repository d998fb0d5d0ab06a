package org.haven;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Haven: the results, data and learning platform of the Strategy to End Violence Against Children 2023-2030. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class HavenApplication {

    public static void main(String[] args) {
        SpringApplication.run(HavenApplication.class, args);
    }
}
