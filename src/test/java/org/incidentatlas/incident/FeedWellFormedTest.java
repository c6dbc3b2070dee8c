package org.incidentatlas.incident;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.incidentatlas.system.HostileText;
import org.incidentatlas.system.WellFormed;
import org.w3c.dom.Document;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever text an incident holds (U+0001 and U+000B broke the whole feed), the Atom feed
 * is a document an XML parser reads, and the summary comes back with U+FFFD where XML
 * cannot carry a character.
 */
class FeedWellFormedTest {

	@Property(tries = 300)
	void theFeedIsXmlWhateverTheTextHolds(@ForAll("texts") String summary, @ForAll("texts") String title,
			@ForAll("texts") String place) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Instant now = Instant.parse("2025-10-30T10:00:00Z");
		FeedController.write(out, "http://localhost/feed/incidents.atom?q=" + place, "Incident Atlas: " + place, now,
				"http://localhost/feed/incidents.atom", "http://localhost/map?city=" + place,
				List.of(new FeedController.Entry("http://localhost/incidents/1", title, now, now, "shooting", summary),
						new FeedController.Entry("http://localhost/incidents/2", "Shooting", now, now, "shooting",
								"Plain.")));
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(out.toByteArray()));
		var summaries = doc.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "summary");
		assertThat(summaries.getLength()).isEqualTo(2);
		// XML parsers read every line end as a line feed
		assertThat(summaries.item(0).getTextContent())
			.isEqualTo(WellFormed.xml(summary).replace("\r\n", "\n").replace('\r', '\n'));
	}

	@Provide
	Arbitrary<String> texts() {
		return HostileText.any();
	}

}
