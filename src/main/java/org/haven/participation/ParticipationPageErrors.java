package org.haven.participation;

import org.haven.core.InvalidInputException;
import org.haven.core.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The ledger's pages answer a missing engagement with 404 and an unreadable request with 400, not 500. */
@ControllerAdvice(assignableTypes = EngagementController.class)
class ParticipationPageErrors {

    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(Model model) {
        model.addAttribute("status", 404);
        return "error";
    }

    @ExceptionHandler(InvalidInputException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String invalid(Model model) {
        model.addAttribute("status", 400);
        return "error";
    }
}
