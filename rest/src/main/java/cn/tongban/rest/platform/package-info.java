/**
 * The API's plumbing: the JAX-RS application with its OpenAPI description, problem+json error answers for
 * every kind of failure, strict JSON reading and the caller's address for the audit trail.
 */
package cn.tongban.rest.platform;
