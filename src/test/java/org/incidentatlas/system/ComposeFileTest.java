package org.incidentatlas.system;

import java.io.InputStream;
import java.io.Reader;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docker-compose.yml, checked as far as can be without a Docker engine: it parses, the
 * scale profile adds a second instance and a proxy without changing what a plain
 * {@code up} starts, every image from Docker Hub is an official one pinned to a version,
 * every environment variable given to the application names a setting it reads, and the
 * proxy's configuration sends requests to services that exist, on the port they listen
 * on.
 */
class ComposeFileTest {

	static final Path COMPOSE = Path.of("docker-compose.yml");

	@SuppressWarnings("unchecked")
	static Map<String, Map<String, Object>> services() throws Exception {
		try (Reader in = Files.newBufferedReader(COMPOSE)) {
			Map<String, Object> compose = new Yaml().load(in);
			return (Map<String, Map<String, Object>>) compose.get("services");
		}
	}

	@Test
	void theScaleProfileAddsASecondInstanceAndAProxyAndLeavesThePlainStartAlone() throws Exception {
		Map<String, Map<String, Object>> services = services();
		assertThat(services).containsKeys("db", "app", "app-b", "proxy");
		assertThat(services.get("db")).doesNotContainKey("profiles");
		assertThat(services.get("app")).doesNotContainKey("profiles");
		assertThat(services.get("app-b").get("profiles")).isEqualTo(List.of("scale"));
		assertThat(services.get("proxy").get("profiles")).isEqualTo(List.of("scale"));
		assertThat(services.get("app-b").get("image")).as("the second instance runs the image the first one built")
			.isEqualTo(services.get("app").get("image"));
		assertThat(dependsOn(services.get("app-b"), "app")).as("the start-up loaders run on one instance at a time")
			.isEqualTo("service_healthy");
		assertThat(dependsOn(services.get("proxy"), "app")).isEqualTo("service_healthy");
		assertThat(dependsOn(services.get("proxy"), "app-b")).isEqualTo("service_healthy");
	}

	@Test
	void everyImageFromDockerHubIsAnOfficialOnePinnedToAVersion() throws Exception {
		Pattern pinned = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*:\\d+(\\.\\d+)+(-[a-z0-9.]+)?$");
		for (Map.Entry<String, Map<String, Object>> service : services().entrySet()) {
			String image = (String) service.getValue().get("image");
			boolean builtHere = service.getValue().containsKey("build")
					|| "never".equals(service.getValue().get("pull_policy"));
			if (builtHere) {
				continue;
			}
			assertThat(image).as("%s: an official image (no publisher/ prefix) with a version tag", service.getKey())
				.matches(pinned);
		}
	}

	@Test
	void everyVariableGivenToTheApplicationNamesASettingItReads() throws Exception {
		Set<String> settings = knownSettings();
		for (String name : List.of("app", "app-b")) {
			@SuppressWarnings("unchecked")
			Map<String, Object> environment = (Map<String, Object>) services().get(name).get("environment");
			assertThat(environment).as(name).isNotEmpty();
			for (String variable : environment.keySet()) {
				// Spring Boot's relaxed binding: SPRING_DATASOURCE_URL is
				// spring.datasource.url
				assertThat(settings).as("%s: %s names no setting of the application", name, variable)
					.contains(variable.replace("_", "").toLowerCase(Locale.ROOT));
			}
		}
	}

	@Test
	void theProxySendsRequestsToTheInstancesOnThePortTheyListenOn() throws Exception {
		Map<String, Map<String, Object>> services = services();
		@SuppressWarnings("unchecked")
		List<String> volumes = (List<String>) services.get("proxy").get("volumes");
		String mounted = volumes.stream()
			.filter(v -> v.endsWith(":/etc/nginx/conf.d/default.conf:ro"))
			.findFirst()
			.orElseThrow();
		Path config = Path.of(mounted.substring(0, mounted.indexOf(':')));
		assertThat(config).exists();
		Matcher server = Pattern.compile("(?m)^\\s*server\\s+([a-z0-9-]+):(\\d+)").matcher(Files.readString(config));
		Set<String> upstreams = new HashSet<>();
		while (server.find()) {
			upstreams.add(server.group(1));
			assertThat(server.group(2)).as("the application's port (server.port is not set)").isEqualTo("8080");
		}
		assertThat(upstreams).containsExactlyInAnyOrder("app", "app-b");
		assertThat(applicationProperties()).doesNotContainKey("server.port");
	}

	@SuppressWarnings("unchecked")
	private static String dependsOn(Map<String, Object> service, String other) {
		Map<String, Map<String, String>> dependsOn = (Map<String, Map<String, String>>) service.get("depends_on");
		return dependsOn.getOrDefault(other, Map.of()).get("condition");
	}

	private static Properties applicationProperties() throws Exception {
		Properties properties = new Properties();
		try (Reader in = Files.newBufferedReader(Path.of("src/main/resources/application.properties"))) {
			properties.load(in);
		}
		return properties;
	}

	/**
	 * Every setting, in relaxed form (lower case, no separators): ours, and those of
	 * Spring Boot's metadata.
	 */
	private static Set<String> knownSettings() throws Exception {
		Set<String> known = new HashSet<>();
		for (Object key : applicationProperties().keySet()) {
			known.add(relaxed((String) key));
		}
		JsonMapper json = JsonMapper.builder().build();
		Enumeration<URL> metadata = ComposeFileTest.class.getClassLoader()
			.getResources("META-INF/spring-configuration-metadata.json");
		while (metadata.hasMoreElements()) {
			try (InputStream in = metadata.nextElement().openStream()) {
				for (JsonNode property : json.readTree(in).path("properties")) {
					known.add(relaxed(property.path("name").asString()));
				}
			}
		}
		return known;
	}

	private static String relaxed(String name) {
		return name.replace(".", "").replace("-", "").replace("_", "").toLowerCase(Locale.ROOT);
	}

}
