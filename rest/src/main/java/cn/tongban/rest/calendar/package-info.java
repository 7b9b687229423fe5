/** The official working-day calendar over the API, for anyone: what a day is, and when a time limit falls due. */
package cn.tongban.rest.calendar;
