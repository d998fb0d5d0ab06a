package org.haven.indicator;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** {@link DataElementCatalog} backed by the registry store. */
@Component
class RegistryElementCatalog implements DataElementCatalog {

    private final RegistryStore store;

    RegistryElementCatalog(RegistryStore store) {
        this.store = store;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ElementDefinition> element(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return store.element(code).map(e -> definition(e, categoriesByCode()::get));
    }

    @Override
    @Transactional(readOnly = true)
    public List<ElementDefinition> elements() {
        Map<String, Category> categories = categoriesByCode();
        return store.elements().stream().map(e -> definition(e, categories::get)).toList();
    }

    private Map<String, Category> categoriesByCode() {
        return store.categories().stream().collect(Collectors.toMap(Category::code, Function.identity()));
    }

    private static ElementDefinition definition(DataElement e, Function<String, Category> categories) {
        List<String> stages = e.milestoneStages() == null || e.milestoneStages().isBlank() ? List.of()
                : Arrays.stream(e.milestoneStages().split("\\|")).map(String::trim).toList();
        List<CategoryDefinition> cats = e.categoryCodes().stream().map(categories).filter(c -> c != null)
                .map(c -> new CategoryDefinition(c.code(), c.name(),
                        c.options().stream().map(o -> new OptionDefinition(o.code(), o.name())).toList()))
                .toList();
        return new ElementDefinition(e.code(), e.name(), e.valueType(), stages, cats, e.derivedFrom());
    }
}
