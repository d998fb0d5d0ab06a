package org.haven.web;

import org.haven.framework.FrameworkCatalog;
import org.haven.framework.NodeKind;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

    private final FrameworkCatalog framework;

    HomeController(FrameworkCatalog framework) {
        this.framework = framework;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("vision", framework.byKind(NodeKind.VISION).stream().findFirst().orElse(null));
        model.addAttribute("strategicObjectives", framework.byKind(NodeKind.STRATEGIC_OBJECTIVE));
        return "home";
    }

    @GetMapping("/login")
    String login() {
        return "login";
    }
}
