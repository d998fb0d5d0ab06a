package org.haven.core;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every {@code messages/<feature>.properties} on the classpath is a message bundle: a feature adds its texts by
 * adding its own file, with no central list to edit. Translations sit beside them ({@code messages/plan_fr.properties}).
 */
@Configuration
public class MessageBundles {

    /** The bundle base names ("messages/common", ...), sorted, without locale variants. */
    public static List<String> basenames() {
        try {
            Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:messages/*.properties");
            TreeSet<String> names = new TreeSet<>();
            for (Resource file : files) {
                String name = Objects.requireNonNull(file.getFilename());
                String base = name.substring(0, name.length() - ".properties".length());
                if (!base.contains("_")) {
                    names.add("messages/" + base);
                }
            }
            return List.copyOf(names);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Bean
    MessageSource messageSource() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames(basenames().toArray(String[]::new));
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
