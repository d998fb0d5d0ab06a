package org.haven.data;

import org.haven.core.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** An unknown data set code in a data set page URL shows the 404 page. */
@ControllerAdvice(assignableTypes = DataSetAdminController.class)
class DataSetAdminPageErrors {

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound() {
        ModelAndView mv = new ModelAndView("error", HttpStatus.NOT_FOUND);
        mv.addObject("status", 404);
        return mv;
    }
}
