/** The public catalogue over HTTP: thin resources that delegate to {@code cn.tongban.catalogue.boundary}. */
package cn.tongban.rest.catalogue;
