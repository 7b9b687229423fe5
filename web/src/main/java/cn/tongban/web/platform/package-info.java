/**
 * What every page shares: the chosen language, the source address handed to the services, refused requests
 * turned into messages, and time shown in Beijing time. Nothing here knows a business rule.
 */
package cn.tongban.web.platform;
