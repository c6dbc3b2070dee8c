package org.incidentatlas.system;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every HTML page's layout needs. */
@ControllerAdvice(annotations = Controller.class)
class PageModel {

	private final MapProperties map;

	PageModel(MapProperties map) {
		this.map = map;
	}

	@ModelAttribute("tiles")
	MapProperties tiles() {
		return map;
	}

}
