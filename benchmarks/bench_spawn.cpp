// SPDX-License-Identifier: MIT
// Runs a command with its standard output discarded and prints "<seconds> <peak RSS bytes>
// <exit code>" for benchmarks/run. Python
// cannot measure a child's peak RSS itself: its children start as copies of the interpreter,
// and the kernel's high-water mark keeps those ~15 MiB across exec. This launcher is small, so
// the mark its child carries into exec is too.
#include <chrono>
#include <cstdio>
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: bench_spawn COMMAND [ARG...]\n");
    return 2;
  }
  auto start = std::chrono::steady_clock::now();
  pid_t child = fork();
  if (child < 0) return 2;
  if (child == 0) {
    int null = open("/dev/null", O_WRONLY);
    if (null >= 0) dup2(null, STDOUT_FILENO);
    execvp(argv[1], argv + 1);
    std::perror("bench_spawn: exec");
    _exit(127);
  }
  int status = 0;
  rusage usage{};
  if (wait4(child, &status, 0, &usage) < 0) return 2;
  std::chrono::duration<double> seconds = std::chrono::steady_clock::now() - start;
  int code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  std::printf("%.9f %ld %d\n", seconds.count(), usage.ru_maxrss * 1024L, code);
  return 0;
}
