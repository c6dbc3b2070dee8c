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

	/** The same page in each language the atlas speaks, for the switcher. */
	@ModelAttribute("languageLinks")
	java.util.Map<String, String> languageLinks(jakarta.servlet.http.HttpServletRequest request) {
		java.util.Map<String, String> links = new java.util.LinkedHashMap<>();
		for (java.util.Locale locale : Languages.SUPPORTED) {
			links.put(locale.getLanguage(),
					org.springframework.web.util.UriComponentsBuilder.fromPath(request.getRequestURI())
						.query(request.getQueryString())
						.replaceQueryParam("lang", locale.getLanguage())
						.build(true)
						.toUriString());
		}
		return links;
	}

	/** The signed-in editor's name, or null for the public. */
	@ModelAttribute("editorName")
	String editorName(java.security.Principal user) {
		return user == null ? null : user.getName();
	}

	@ModelAttribute("isAdmin")
	boolean isAdmin(org.springframework.security.core.Authentication user) {
		return user != null && user.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_ADMIN"));
	}

}
