/** The OpenAPI description of the REST API, generated from the JAX-RS resources and the request and view records. */
package clinic.stride.openapi;
