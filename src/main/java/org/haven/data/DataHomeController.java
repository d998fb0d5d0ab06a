package org.haven.data;

import org.haven.user.CurrentUser;
import org.haven.user.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page of country data work: entry, values, import and export, approval, quality. */
@Controller
class DataHomeController {

    private final DataSetCatalog dataSets;
    private final CurrentUser currentUser;

    DataHomeController(DataSetCatalog dataSets, CurrentUser currentUser) {
        this.dataSets = dataSets;
        this.currentUser = currentUser;
    }

    @GetMapping("/data")
    String home(Model model) {
        model.addAttribute("dataSets", dataSets.all());
        model.addAttribute("canManage", currentUser.hasAny(Role.ADMIN, Role.MEL_OFFICER));
        return "data/home";
    }
}
