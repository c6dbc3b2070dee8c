package org.incidentatlas.user;

/** An account change that was refused, with the reason as a message code. */
public class AccountException extends RuntimeException {

	private final transient AccountProblem problem;

	public AccountException(AccountProblem problem) {
		super(problem.code());
		this.problem = problem;
	}

	public AccountException(String code, Object... arguments) {
		this(new AccountProblem(code, arguments));
	}

	public AccountProblem problem() {
		return problem;
	}

}
