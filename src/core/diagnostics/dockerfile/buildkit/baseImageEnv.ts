// SPDX-License-Identifier: MIT
// Environment variables that common official base images set with ENV. BuildKit's UndefinedVar
// sees the real image config; we cannot pull images, so we know the usual ones and stay quiet about
// upper-case names when the base image is one we do not know. Names come from the official images'
// Dockerfiles (docker-library, nodejs/docker-node, rust-lang/docker-rust, nginxinc/docker-nginx),
// older tags included, so that a pinned old tag does not raise false alarms.

const java = ['JAVA_HOME', 'JAVA_VERSION', 'LANG', 'LANGUAGE', 'LC_ALL'];

const byImage: Record<string, readonly string[]> = {
  scratch: [],
  alpine: [], busybox: [], debian: [], ubuntu: [], centos: [], fedora: [], rockylinux: [], almalinux: [],
  amazonlinux: [], archlinux: [], oraclelinux: [], 'buildpack-deps': [],
  python: ['LANG', 'GPG_KEY', 'PYTHON_VERSION', 'PYTHON_SHA256', 'PYTHON_PIP_VERSION', 'PYTHON_SETUPTOOLS_VERSION', 'PYTHON_GET_PIP_URL', 'PYTHON_GET_PIP_SHA256', 'PYTHONIOENCODING'],
  node: ['NODE_VERSION', 'YARN_VERSION', 'NPM_VERSION', 'NPM_CONFIG_LOGLEVEL'],
  golang: ['GOLANG_VERSION', 'GOPATH', 'GOTOOLCHAIN'],
  nginx: ['NGINX_VERSION', 'NJS_VERSION', 'NJS_RELEASE', 'PKG_RELEASE', 'DYNPKG_RELEASE'],
  httpd: ['HTTPD_PREFIX', 'HTTPD_VERSION', 'HTTPD_SHA256', 'HTTPD_PATCHES'],
  php: ['PHPIZE_DEPS', 'PHP_INI_DIR', 'APACHE_CONFDIR', 'APACHE_ENVVARS', 'PHP_CFLAGS', 'PHP_CPPFLAGS', 'PHP_LDFLAGS', 'GPG_KEYS', 'PHP_VERSION', 'PHP_URL', 'PHP_ASC_URL', 'PHP_SHA256'],
  ruby: ['LANG', 'RUBY_MAJOR', 'RUBY_VERSION', 'RUBY_DOWNLOAD_URL', 'RUBY_DOWNLOAD_SHA256', 'GEM_HOME', 'BUNDLE_SILENCE_ROOT_WARNING', 'BUNDLE_APP_CONFIG'],
  postgres: ['GOSU_VERSION', 'LANG', 'PG_MAJOR', 'PG_VERSION', 'PG_SHA256', 'PGDATA', 'DOCKER_PG_LLVM_DEPS'],
  redis: ['GOSU_VERSION', 'REDIS_VERSION', 'REDIS_DOWNLOAD_URL', 'REDIS_DOWNLOAD_SHA'],
  memcached: ['MEMCACHED_VERSION', 'MEMCACHED_URL', 'MEMCACHED_SHA1'],
  mongo: ['GOSU_VERSION', 'JSYAML_VERSION', 'JSYAML_CHECKSUM', 'MONGO_PACKAGE', 'MONGO_REPO', 'MONGO_MAJOR', 'MONGO_VERSION', 'HOME', 'GLIBC_TUNABLES'],
  rust: ['RUSTUP_HOME', 'CARGO_HOME', 'RUST_VERSION'],
  docker: ['DOCKER_VERSION', 'DOCKER_BUILDX_VERSION', 'DOCKER_COMPOSE_VERSION', 'DOCKER_TLS_CERTDIR', 'DIND_COMMIT'],
  openjdk: java, 'eclipse-temurin': java, amazoncorretto: java,
  tomcat: [...java, 'CATALINA_HOME', 'TOMCAT_NATIVE_LIBDIR', 'LD_LIBRARY_PATH', 'TOMCAT_MAJOR', 'TOMCAT_VERSION', 'TOMCAT_SHA512'],
};

/**
 * The ENV names the image `ref` sets, PATH included (BuildKit always sets PATH), or undefined when the
 * image is not one we know. Only Docker Hub official images count: `python:3.12-slim`,
 * `docker.io/library/python`, not `myorg/python`.
 */
export function baseImageEnv(ref: string): ReadonlySet<string> | undefined {
  // The tag may hold variables (`golang:${GO_VERSION}-alpine`); the repository name decides.
  let name = ref.replace(/@.*$/, '').replace(/:[^/:]*$/, '').toLowerCase();
  if (name.includes('$')) return undefined;
  name = name.replace(/^(?:docker\.io\/|index\.docker\.io\/|registry-1\.docker\.io\/)?(?:library\/)?/, '');
  if (!Object.prototype.hasOwnProperty.call(byImage, name)) return undefined;
  return new Set(['PATH', ...byImage[name]]);
}
