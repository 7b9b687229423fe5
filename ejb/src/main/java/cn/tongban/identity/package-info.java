/**
 * The partner systems' identity (第二十条: 身份认证、业务授权): which way a caller signed in to the API may be used
 * (a partner system with its client certificate, HTTP Basic only where switched on), revoking a partner's
 * certificate, and the per-partner rate limit. The certificate itself is checked by the server (Elytron, see
 * wildfly-config configure-identity.cli); the rules here decide what an authenticated caller may do with it.
 */
package cn.tongban.identity;
