/**
 * Signing in and out of the portal. The container does the FORM login against the {@code tongban} security
 * domain; these beans only name the signed-in person and send them where their work is.
 */
package cn.tongban.web.accounts;
