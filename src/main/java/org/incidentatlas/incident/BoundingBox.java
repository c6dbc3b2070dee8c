package org.incidentatlas.incident;

/**
 * A box of longitude and latitude, west to east and south to north, as Leaflet's
 * getBounds gives it.
 */
public record BoundingBox(double west, double south, double east, double north) {

	public BoundingBox {
		if (!(west >= -180 && east <= 180 && west < east)) {
			throw new IllegalArgumentException("west and east must lie in -180..180, west first");
		}
		if (!(south >= -90 && north <= 90 && south < north)) {
			throw new IllegalArgumentException("south and north must lie in -90..90, south first");
		}
	}

	/** Reads {@code west,south,east,north}. */
	public static BoundingBox parse(String text) {
		String[] parts = text.split(",");
		if (parts.length != 4) {
			throw new IllegalArgumentException("give four numbers: west,south,east,north");
		}
		double[] v = new double[4];
		for (int i = 0; i < 4; i++) {
			v[i] = Double.parseDouble(parts[i].strip());
			if (!Double.isFinite(v[i])) {
				throw new IllegalArgumentException("coordinates must be finite numbers");
			}
		}
		return new BoundingBox(v[0], v[1], v[2], v[3]);
	}

	public double width() {
		return east - west;
	}

	public double height() {
		return north - south;
	}

	/**
	 * This box grown outwards to whole cells of the given size, so that no cell is cut in
	 * two.
	 */
	public BoundingBox snappedTo(double cell) {
		return new BoundingBox(Math.max(-180, Math.floor(west / cell) * cell),
				Math.max(-90, Math.floor(south / cell) * cell), Math.min(180, Math.ceil(east / cell) * cell),
				Math.min(90, Math.ceil(north / cell) * cell));
	}

}
