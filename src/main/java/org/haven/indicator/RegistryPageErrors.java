package org.haven.indicator;

import org.haven.core.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** An unknown indicator, data element or category code in a page URL shows the 404 page. */
@ControllerAdvice(assignableTypes = {IndicatorController.class, DataElementController.class, CategoryController.class})
class RegistryPageErrors {

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound() {
        ModelAndView mv = new ModelAndView("error", HttpStatus.NOT_FOUND);
        mv.addObject("status", 404);
        return mv;
    }
}
