package org.incidentatlas.incident;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.incidentatlas.system.WellFormed;

import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * An Atom feed (RFC 4287) of newly published incidents, filtered with the same parameters
 * as every view, so a newsroom can follow "Antwerp explosions" in its reader:
 * {@code /feed/incidents.atom?city=Antwerpen&type=explosion}.
 */
@Controller
class FeedController {

	static final int ENTRIES = 50;

	private static final String ATOM = "http://www.w3.org/2005/Atom";

	private final IncidentFilterParser filters;

	private final IncidentQueries incidents;

	FeedController(IncidentFilterParser filters, IncidentQueries incidents) {
		this.filters = filters;
		this.incidents = incidents;
	}

	@GetMapping("/feed/incidents.atom")
	@Transactional(readOnly = true)
	void feed(HttpServletRequest request, HttpServletResponse response) throws IOException, XMLStreamException {
		IncidentFilter filter = filters.parse(request.getParameterMap());
		List<IncidentQueries.Published> items = incidents.newestPublished(filter, ENTRIES);
		String base = ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
		String self = ServletUriComponentsBuilder.fromRequest(request).build().toUriString();
		String view = base + "/map" + (request.getQueryString() == null ? "" : "?" + request.getQueryString());

		List<Entry> entries = new java.util.ArrayList<>();
		for (IncidentQueries.Published item : items) {
			IncidentView incident = item.incident();
			entries.add(new Entry(base + "/incidents/" + incident.id(),
					capitalize(incident.type().token()) + " · " + incident.location().label() + " · "
							+ incident.date().label(Locale.ENGLISH),
					item.at(), incident.updatedAt(), incident.type().token(),
					incident.summary() + " Killed: " + count(incident.killed()) + ". Injured: "
							+ count(incident.injured()) + ". Sources: " + incident.sources().size() + "."));
		}
		Instant updated = items.stream()
			.map(i -> i.incident().updatedAt())
			.max(Instant::compareTo)
			.orElse(Instant.EPOCH);
		// written whole in memory first: 50 entries at most, and a failure can still
		// become an error answer
		java.io.ByteArrayOutputStream feed = new java.io.ByteArrayOutputStream();
		write(feed,
				base + "/feed/incidents.atom"
						+ (request.getQueryString() == null ? "" : "?" + request.getQueryString()),
				"Incident Atlas" + (filter.city() == null ? "" : ": " + filter.city()), updated, self, view, entries);
		response.setContentType("application/atom+xml;charset=UTF-8");
		try (OutputStream out = response.getOutputStream()) {
			feed.writeTo(out);
		}
	}

	/** One entry of the feed: an incident, with its page as id and link. */
	record Entry(String url, String title, Instant published, Instant updated, String category, String summary) {
	}

	/**
	 * Writes the feed as Atom. Every text goes through {@link WellFormed#xml}, so that no
	 * stored character can make the document unreadable.
	 */
	static void write(OutputStream out, String id, String title, Instant updated, String self, String view,
			List<Entry> entries) throws XMLStreamException {
		XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
		xml.writeStartDocument("UTF-8", "1.0");
		xml.setDefaultNamespace(ATOM);
		xml.writeStartElement(ATOM, "feed");
		xml.writeDefaultNamespace(ATOM);
		element(xml, "id", id);
		element(xml, "title", title);
		element(xml, "updated", updated.truncatedTo(ChronoUnit.SECONDS).toString());
		link(xml, "self", self, "application/atom+xml");
		link(xml, "alternate", view, "text/html");
		xml.writeStartElement(ATOM, "author");
		element(xml, "name", "Incident Atlas");
		xml.writeEndElement();
		for (Entry entry : entries) {
			xml.writeStartElement(ATOM, "entry");
			element(xml, "id", entry.url());
			element(xml, "title", entry.title());
			element(xml, "published", entry.published().truncatedTo(ChronoUnit.SECONDS).toString());
			element(xml, "updated", entry.updated().truncatedTo(ChronoUnit.SECONDS).toString());
			link(xml, "alternate", entry.url(), "text/html");
			xml.writeEmptyElement(ATOM, "category");
			xml.writeAttribute("term", WellFormed.xml(entry.category()));
			xml.writeStartElement(ATOM, "summary");
			xml.writeAttribute("type", "text");
			xml.writeCharacters(WellFormed.xml(entry.summary()));
			xml.writeEndElement();
			xml.writeEndElement();
		}
		xml.writeEndElement();
		xml.writeEndDocument();
		xml.flush();
	}

	private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
		xml.writeStartElement(ATOM, name);
		xml.writeCharacters(WellFormed.xml(text));
		xml.writeEndElement();
	}

	private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
		xml.writeEmptyElement(ATOM, "link");
		xml.writeAttribute("rel", rel);
		xml.writeAttribute("href", WellFormed.xml(href));
		xml.writeAttribute("type", type);
	}

	private static String count(Integer n) {
		return n == null ? "not reported" : n.toString();
	}

	private static String capitalize(String s) {
		return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
	}

}
