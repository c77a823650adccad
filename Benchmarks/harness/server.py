"""nginx on loopback, one `listen 127.0.0.N:PORT` per host, run as the current user from a temp prefix.

ETag and Last-Modified are nginx's defaults for static files, so a second fetch with the
validators gets 304.
"""

import os
import pwd
import shutil
import socket
import subprocess
import time

CONF = """\
{user}worker_processes 2;
pid {prefix}/nginx.pid;
error_log {prefix}/error.log warn;
daemon off;
events {{ worker_connections 8192; }}
http {{
    access_log off;
    client_body_temp_path {prefix}/tmp/body;
    proxy_temp_path {prefix}/tmp/proxy;
    fastcgi_temp_path {prefix}/tmp/fastcgi;
    uwsgi_temp_path {prefix}/tmp/uwsgi;
    scgi_temp_path {prefix}/tmp/scgi;
    types {{ application/xml xml; }}
    default_type application/octet-stream;
    sendfile on;
    etag on;
    if_modified_since exact;
    keepalive_requests 100000;
    keepalive_timeout 65s;
    server {{
{listens}
        root {root};
        location / {{ }}
    }}
}}
"""


def nginx_binary():
    return shutil.which("nginx") or ("/usr/sbin/nginx" if os.path.exists("/usr/sbin/nginx") else None)


def feed_url(port, host, file):
    return f"http://127.0.0.{host}:{port}/{file}"


class Nginx:
    """Context manager: starts nginx serving `root` on 127.0.0.1…hosts:port; stops it on exit."""

    def __init__(self, root, port, hosts, prefix):
        self.root, self.port, self.hosts, self.prefix = root, port, hosts, prefix
        self.proc = None

    def write_conf(self):
        os.makedirs(os.path.join(self.prefix, "tmp"), exist_ok=True)
        listens = "\n".join(f"        listen 127.0.0.{h}:{self.port};" for h in range(1, self.hosts + 1))
        user = f"user {pwd.getpwuid(os.geteuid()).pw_name};\n" if os.geteuid() == 0 else ""
        path = os.path.join(self.prefix, "nginx.conf")
        with open(path, "w") as f:
            f.write(CONF.format(user=user, prefix=self.prefix, listens=listens, root=self.root))
        return path

    def __enter__(self):
        binary = nginx_binary()
        if binary is None:
            raise RuntimeError("nginx is not installed (make bench-tools installs it)")
        if self._listening(1) or self._listening(self.hosts):
            raise RuntimeError(f"something already listens on port {self.port} (another bench run? set BENCH_PORT)")
        conf = self.write_conf()
        self.proc = subprocess.Popen([binary, "-p", self.prefix, "-e", os.path.join(self.prefix, "error.log"),
                                      "-c", conf], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        self._wait_ready()
        return self

    def _wait_ready(self):
        deadline = time.time() + 10
        while time.time() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError("nginx exited: " + self.proc.stderr.read().decode(errors="replace"))
            if all(self._listening(h) for h in (1, self.hosts)):
                return
            time.sleep(0.05)
        raise RuntimeError(f"nginx did not listen on port {self.port} within 10 s")

    def _listening(self, host):
        try:
            with socket.create_connection((f"127.0.0.{host}", self.port), timeout=0.2):
                return True
        except OSError:
            return False

    def __exit__(self, *exc):
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        return False
