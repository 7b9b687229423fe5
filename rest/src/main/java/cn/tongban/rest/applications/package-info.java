/** Applications over HTTP: thin resources that delegate to {@code cn.tongban.applications.boundary}. */
package cn.tongban.rest.applications;
