package org.haven.pivot;

import org.haven.core.InvalidInputException;
import org.haven.core.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Pivot downloads and favourite pages answer an invalid selection with 400 and a missing favourite with 404. */
@ControllerAdvice(assignableTypes = {PivotController.class, FavouriteController.class})
class PivotPageErrors {

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
