/** A matter's public FAQ over HTTP: a thin resource that delegates to {@code cn.tongban.consultation.boundary}. */
package cn.tongban.rest.consultation;
