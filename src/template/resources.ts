// Container resources: quantities, and the shorthand or full requests/limits forms.

/**
 * A Kubernetes quantity: `250m` (a quarter of a CPU), `1`, `1.5`, `512Mi`, `2Gi`.
 * @title quantity
 */
export type Quantity = string | number;

/**
 * A quantity (`500m`, `1Gi`: requests = limits), or `REQUEST-LIMIT` (`250m-1`, `512Mi-1Gi`).
 * @title quantity or range
 */
export type QuantityOrRange = string | number;

/**
 * Requests and limits, as in Kubernetes. Becomes the container's `resources`.
 * @title resources (requests and limits)
 */
export interface FullResources {
  /**
   * What the scheduler reserves: resource name → quantity.
   *
   * Becomes the container's `resources.requests`.
   */
  requests?: Record<string, Quantity>;
  /**
   * The most the container may use: resource name → quantity.
   *
   * Becomes the container's `resources.limits`.
   */
  limits?: Record<string, Quantity>;
}

/**
 * Resource name → a quantity (`cpu: 500m`: request = limit) or `REQUEST-LIMIT` (`memory: 512Mi-1Gi`).
 * Becomes the container's `resources.requests` and `resources.limits`; `ephemeralStorage` is
 * written `ephemeral-storage` there.
 * @title resources (shorthand)
 */
export type ResourceShorthand = Record<string, QuantityOrRange>;

/**
 * Resources: `{ cpu: "500m" }` sets requests = limits; `{ cpu: "250m-1" }` sets request 250m and
 * limit 1; or the full `{ requests, limits }` form.
 * @title resources
 */
export type Resources = FullResources | ResourceShorthand;
