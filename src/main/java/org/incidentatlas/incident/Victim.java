package org.incidentatlas.incident;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A person harmed or targeted, with age and gender only where reported. */
@Entity
@Table(name = "victim")
public class Victim {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "incident_id")
	private Incident incident;

	private int position;

	private Integer age;

	@Enumerated(EnumType.STRING)
	private Gender gender = Gender.UNKNOWN;

	private Boolean minor;

	@Enumerated(EnumType.STRING)
	private VictimOutcome outcome = VictimOutcome.UNKNOWN;

	private String description;

	protected Victim() {
	}

	public Victim(Integer age, Gender gender, VictimOutcome outcome, String description) {
		this.age = age;
		this.gender = gender;
		this.minor = age == null ? null : age < 18;
		this.outcome = outcome;
		this.description = description;
	}

	void attachTo(Incident incident, int position) {
		this.incident = incident;
		this.position = position;
	}

	public Integer getAge() {
		return age;
	}

	public Gender getGender() {
		return gender;
	}

	public Boolean getMinor() {
		return minor;
	}

	public VictimOutcome getOutcome() {
		return outcome;
	}

	public String getDescription() {
		return description;
	}

}
