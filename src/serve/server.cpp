// SPDX-License-Identifier: MIT
#include <atomic>
#include <chrono>
#include <csignal>
#include <httplib.h>
#include <mutex>
#include <ostream>
#include <pthread.h>
#include <spawn.h>
#include <sys/wait.h>
#include <thread>

#include <pace/diag/error.hpp>
#include <pace/serve/assets.hpp>
#include <pace/serve/security.hpp>
#include <pace/serve/server.hpp>

extern char** environ;

namespace pace::serve {

namespace {

// Sent with every answer, refusals included: the page runs only its own script and style
// (no inline code, so injected markup cannot run), talks only to this server, and nothing is
// cached (the token cookie is the only state).
const httplib::Headers kHeaders = {
    {"Content-Security-Policy",
     "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
     "img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"},
    {"X-Content-Type-Options", "nosniff"},
    {"Cache-Control", "no-store"},
    {"Referrer-Policy", "no-referrer"},
    {"X-Frame-Options", "DENY"},
    {"Cross-Origin-Resource-Policy", "same-origin"},
};

RequestHead head_of(const httplib::Request& req) {
  RequestHead head;
  head.method = req.method;
  head.path = req.path;
  head.host = req.get_header_value("Host");
  if (req.has_header("Origin")) head.origin = req.get_header_value("Origin");
  if (req.has_param("token")) head.query_token = req.get_param_value("token");
  if (req.has_header("X-Pace-Token")) head.header_token = req.get_header_value("X-Pace-Token");
  head.cookie = req.get_header_value("Cookie");
  head.content_type = req.get_header_value("Content-Type");
  if (req.has_header("Content-Length")) {
    std::string length = req.get_header_value("Content-Length");
    size_t value = 0;
    bool digits = !length.empty() && length.size() < 19;
    for (char c : length) {
      if (c < '0' || c > '9') digits = false;
      if (digits) value = value * 10 + static_cast<size_t>(c - '0');
    }
    // An unreadable length is treated as too large: refused, never guessed.
    head.content_length = digits ? value : SIZE_MAX;
  }
  head.chunked = req.has_header("Transfer-Encoding");
  return head;
}

void send(httplib::Response& res, const Reply& reply) {
  res.status = reply.status;
  res.set_content(reply.body, reply.content_type);
}

// Reads a POST body of at most kMaxRequestBytes, whatever its framing (Content-Length, chunked,
// until close); nullopt once it grows past the limit (reading stops there).
std::optional<std::string> read_body(const httplib::ContentReader& reader) {
  std::string body;
  bool too_large = false;
  reader([&](const char* data, size_t length) {
    if (body.size() + length > kMaxRequestBytes) {
      too_large = true;
      return false;
    }
    body.append(data, length);
    return true;
  });
  if (too_large) return std::nullopt;
  return body;
}

void open_browser(const std::string& url, std::ostream& err) {
  const char* argv[] = {"xdg-open", url.c_str(), nullptr};
  pid_t pid = 0;
  if (posix_spawnp(&pid, "xdg-open", nullptr, nullptr, const_cast<char* const*>(argv), environ) !=
      0) {
    err << "pace serve: warning: cannot start xdg-open; open the URL yourself\n";
  }
}

} // namespace

void serve(Workspace& workspace, const ServeOptions& options, std::ostream& out,
           std::ostream& err) {
  // SIGINT and SIGTERM go to one thread that stops the server: blocked here, before the
  // server's threads exist, so every thread inherits the mask and sigwait() gets them.
  // A shell starts background jobs with SIGINT ignored, and an ignored signal is discarded even
  // while blocked: back to the default, so sigwait() sees it.
  std::signal(SIGINT, SIG_DFL);
  std::signal(SIGTERM, SIG_DFL);
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGINT);
  sigaddset(&stop_signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);

  const std::string token = new_token();
  httplib::Server server;
  int port = 0;
  std::mutex workspace_mutex; // the handlers run on a thread pool; the workspace is one file

  server.set_default_headers(kHeaders);
  server.set_payload_max_length(kMaxRequestBytes);
  server.set_read_timeout(10, 0);
  server.set_pre_routing_handler([&](const httplib::Request& req, httplib::Response& res) {
    Verdict verdict = check_request(head_of(req), token, port, kMaxRequestBytes);
    if (verdict.status != 0) {
      res.status = verdict.status;
      res.set_content(verdict.reason + "\n", "text/plain; charset=utf-8");
      if (verdict.status == 413 || verdict.status == 400) res.set_header("Connection", "close");
      return httplib::Server::HandlerResponse::Handled;
    }
    if (verdict.set_cookie) {
      res.set_header("Set-Cookie", std::string(kTokenCookie) + "=" + token +
                                       "; HttpOnly; SameSite=Strict; Path=/");
    }
    if (verdict.redirect) {
      res.status = 303;
      res.set_header("Location", "/");
      return httplib::Server::HandlerResponse::Handled;
    }
    return httplib::Server::HandlerResponse::Unhandled;
  });
  for (const char* path : {"/", "/index.html", "/app.js", "/app.css", "/favicon.svg"}) {
    server.Get(path, [path](const httplib::Request&, httplib::Response& res) {
      std::string_view name = std::string_view(path) == "/" ? "/index.html" : path;
      std::string_view body = embedded_asset(name.substr(1));
      res.set_content(body.data(), body.size(), std::string(asset_type(path)));
    });
  }
  server.Get("/api/state", [&](const httplib::Request&, httplib::Response& res) {
    std::lock_guard lock(workspace_mutex);
    send(res, workspace.state());
  });
  auto post = [&](Reply (Workspace::*action)(std::string_view)) {
    return [&, action](const httplib::Request&, httplib::Response& res,
                       const httplib::ContentReader& reader) {
      auto body = read_body(reader);
      if (!body) {
        send(res, Reply{413, "text/plain; charset=utf-8", "request body too large\n"});
        res.set_header("Connection", "close");
        return;
      }
      std::lock_guard lock(workspace_mutex);
      send(res, (workspace.*action)(*body));
    };
  };
  server.Post("/api/edit", post(&Workspace::edit));
  server.Post("/api/evidence", post(&Workspace::add_evidence));
  server.set_error_handler([](const httplib::Request&, httplib::Response& res) {
    if (res.body.empty()) res.set_content("error\n", "text/plain; charset=utf-8");
  });
  server.set_exception_handler(
      [](const httplib::Request&, httplib::Response& res, std::exception_ptr) {
        send(res, Reply{500, "text/plain; charset=utf-8", "internal error\n"});
      });

  if (options.port == 0) {
    port = server.bind_to_any_port("127.0.0.1");
  } else if (server.bind_to_port("127.0.0.1", options.port)) {
    port = options.port;
  }
  if (port <= 0) {
    throw Error("cannot listen on 127.0.0.1:" + std::to_string(options.port));
  }
  const std::string url = "http://127.0.0.1:" + std::to_string(port) + "/?token=" + token;
  out << "pace serve: " << url << '\n' << std::flush;
  if (options.open) open_browser(url, err);

  std::atomic<bool> signalled = false;
  std::atomic<bool> finished = false;
  std::thread stopper([&] {
    int signal = 0;
    sigwait(&stop_signals, &signal);
    signalled = true;
    // stop() does nothing until the server runs: a signal right after the URL line would be
    // lost. Repeat it until listen_after_bind() has returned.
    while (!finished) {
      server.stop();
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
  });
  server.listen_after_bind();
  finished = true;
  // listen_after_bind() returns after stop(), or on a socket failure: then wake the stopper.
  if (!signalled) pthread_kill(stopper.native_handle(), SIGTERM);
  stopper.join();
}

} // namespace pace::serve
