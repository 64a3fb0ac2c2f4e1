/** Wiring only: the datasource, migrations at start-up, JSON, problem+json errors and health checks. */
package clinic.stride.platform;
