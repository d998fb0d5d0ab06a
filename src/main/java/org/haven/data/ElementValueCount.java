package org.haven.data;

import org.haven.indicator.StoredValueCount;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Tells the registry how many values a data element has, so a category change goes through a mapping. */
@Component
class ElementValueCount implements StoredValueCount {

    private final JdbcClient jdbc;

    ElementValueCount(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long valuesOf(String dataElement) {
        return jdbc.sql("select count(*) from data_value where data_element_code = :e")
                .param("e", dataElement).query(Long.class).single();
    }
}
