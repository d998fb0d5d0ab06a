package org.haven.partner;

import org.haven.core.ConflictException;
import org.haven.core.InvalidInputException;
import org.haven.core.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The registry's pages answer a missing partner with 404, a bad filter with 400 and a refused delete with 409. */
@ControllerAdvice(assignableTypes = {PartnerController.class, PartnerRecordsController.class})
class PartnerPageErrors {

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

    @ExceptionHandler(ConflictException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String conflict(Model model, ConflictException e) {
        model.addAttribute("status", 409);
        model.addAttribute("message", e.getMessage());
        return "error";
    }
}
