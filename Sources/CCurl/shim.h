#ifndef WIREWATCH_CCURL_SHIM_H
#define WIREWATCH_CCURL_SHIM_H
// Typed wrappers for libcurl's variadic calls, which Swift cannot call directly.
#include <curl/curl.h>

static inline CURLcode ww_setopt_long(CURL *h, CURLoption o, long v) { return curl_easy_setopt(h, o, v); }
static inline CURLcode ww_setopt_off(CURL *h, CURLoption o, curl_off_t v) { return curl_easy_setopt(h, o, v); }
static inline CURLcode ww_setopt_str(CURL *h, CURLoption o, const char *v) { return curl_easy_setopt(h, o, v); }
static inline CURLcode ww_setopt_ptr(CURL *h, CURLoption o, void *v) { return curl_easy_setopt(h, o, v); }
static inline CURLcode ww_setopt_slist(CURL *h, CURLoption o, struct curl_slist *v) { return curl_easy_setopt(h, o, v); }
static inline CURLcode ww_setopt_writefn(CURL *h, size_t (*fn)(char *, size_t, size_t, void *)) {
    return curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, fn);
}
static inline CURLcode ww_setopt_headerfn(CURL *h, size_t (*fn)(char *, size_t, size_t, void *)) {
    return curl_easy_setopt(h, CURLOPT_HEADERFUNCTION, fn);
}
typedef curl_socket_t (*ww_opensocket_fn)(void *, curlsocktype, struct curl_sockaddr *);
static inline CURLcode ww_setopt_opensocketfn(CURL *h, ww_opensocket_fn fn) {
    return curl_easy_setopt(h, CURLOPT_OPENSOCKETFUNCTION, fn);
}
typedef int (*ww_xferinfo_fn)(void *, curl_off_t, curl_off_t, curl_off_t, curl_off_t);
static inline CURLcode ww_setopt_xferinfofn(CURL *h, ww_xferinfo_fn fn) {
    return curl_easy_setopt(h, CURLOPT_XFERINFOFUNCTION, fn);
}
static inline CURLcode ww_getinfo_long(CURL *h, CURLINFO i, long *v) { return curl_easy_getinfo(h, i, v); }
static inline CURLcode ww_getinfo_off(CURL *h, CURLINFO i, curl_off_t *v) { return curl_easy_getinfo(h, i, v); }
static inline CURLcode ww_getinfo_double(CURL *h, CURLINFO i, double *v) { return curl_easy_getinfo(h, i, v); }
static inline CURLcode ww_getinfo_str(CURL *h, CURLINFO i, char **v) { return curl_easy_getinfo(h, i, v); }
static inline CURLcode ww_getinfo_ptr(CURL *h, CURLINFO i, void **v) { return curl_easy_getinfo(h, i, v); }
/// The sockaddr inside curl's opensocket argument (a flexible struct Swift cannot index past 16 bytes).
static inline const struct sockaddr *ww_sockaddr(const struct curl_sockaddr *a) { return &a->addr; }
static inline CURLMcode ww_multi_setopt_long(CURLM *m, CURLMoption o, long v) { return curl_multi_setopt(m, o, v); }

#endif
