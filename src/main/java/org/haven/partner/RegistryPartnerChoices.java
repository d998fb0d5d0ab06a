package org.haven.partner;

import java.util.List;
import java.util.Optional;

import org.haven.user.PartnerChoices;
import org.springframework.stereotype.Component;

/** The registry's partners as the user admin form offers them. */
@Component
class RegistryPartnerChoices implements PartnerChoices {

    private final PartnerDirectory directory;

    RegistryPartnerChoices(PartnerDirectory directory) {
        this.directory = directory;
    }

    @Override
    public List<Choice> all() {
        return directory.all().stream().map(p -> new Choice(p.code(), p.name())).toList();
    }

    @Override
    public Optional<String> canonical(String code) {
        return directory.find(code).map(PartnerRef::code);
    }
}
