/* plugin.cpp — ddicheck_plugin.so: ddicheck inside clang-19, reporting through clang's diagnostics.
 *
 *   clang-19 -fplugin=/path/to/ddicheck_plugin.so [-fplugin-arg-ddicheck-ARG ...] -c driver.c
 *
 * ARG is one of  enable=IDS  disable=IDS  (comma-separated rule ids or globs, e.g. disable=Irql_*)
 * and  rules-dir=DIR.  The plugin registers as "ddicheck" and runs before clang's main action, so the
 * compile goes on. Once the translation unit has been parsed without errors, it hands the main file
 * and the compile's own options to the C core (api.h) — which parses the file again through libclang
 * and runs the same pipeline as the ddicheck command line — and reports each finding as a clang
 * diagnostic `MESSAGE [RuleId]` at the finding's line and column, with its path notes as clang notes.
 * Its level is the finding's severity: a warning, or an error or a note when the rule or the
 * `severity` of `.ddicheck.json` says so (an error fails the compile, as -Werror does for warnings).
 *
 * clang 19 cannot remap custom diagnostics, so the plugin applies -w and -Werror itself: with -w it
 * reports nothing, with -Werror (-Wno-error undoes it) its findings are errors and fail the compile.
 * A checker failure (rules that do not load, an unknown rule in enable=/disable=) is one warning
 * `ddicheck: FILE was not checked: ...`; an unknown plugin argument is an error.
 *
 * The analysis never takes clang down: it runs in a child process (isolate.h), a fork of clang made
 * when the translation unit has been parsed (clang -cc1 runs no other thread then). The child resets
 * clang's signal handlers, analyzes, and writes its findings into a pipe (findings_wire.h); clang
 * reads them back and reports them as above, so -Werror applies as before. If the child dies by a
 * signal (a stack overflow on a pathological input, say), exits abnormally or runs past the time
 * limit DDICHECK_TIMEOUT (seconds, default 60, 0 = none; its whole process group is then killed),
 * clang prints one warning, `ddicheck: analysis of FILE failed (signal 11, ...); no findings` or
 * `ddicheck: analysis of FILE exceeded N s; no findings` — a warning even under -Werror — and
 * goes on: clang's own result stands. SIGINT, SIGTERM and SIGHUP reaching clang meanwhile are
 * forwarded to the child, then handled by clang's own handlers; the child dies with clang.
 *
 * Inline suppressions and the file's .ddicheck.json apply, as for the command line (api.h).
 * Limits: each translation unit is analyzed on its own (the command line and ddicheck-cc analyze all
 * files of one run as one driver); a TU read from stdin is not analyzed; the options passed on are
 * those that change how C parses (target, language standard and dialect, include paths, macros,
 * -include/-imacros files).
 * This is the project's only C++: a shim over the C core with no analysis of its own.
 */
#include "clang/AST/ASTConsumer.h"
#include "clang/AST/ASTContext.h"
#include "clang/Basic/Diagnostic.h"
#include "clang/Basic/LangStandard.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Frontend/CompilerInstance.h"
#include "clang/Frontend/FrontendPluginRegistry.h"
#include "clang/Lex/HeaderSearchOptions.h"
#include "clang/Lex/PreprocessorOptions.h"

extern "C" {
#include "api.h" /* with finding.h and util.h, C headers */
#include "findings_wire.h"
#include "isolate.h"
}

#include <dlfcn.h>
#include <limits.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

namespace
{

/* The options of the C core, given as "--enable=...", "--disable=...", "--rules-dir=..." strings. */
using Options = std::vector<std::string>;

/* The command-line flags that make libclang parse the file as this compile parses it. */
std::vector<std::string> compileFlags(clang::CompilerInstance &CI)
{
    std::vector<std::string> out;
    const std::string &triple = CI.getTargetOpts().Triple;
    if (!triple.empty())
        out.push_back("--target=" + triple);

    const clang::LangOptions &LO = CI.getLangOpts();
    if (LO.LangStd != clang::LangStandard::lang_unspecified)
        out.push_back(std::string("-std=") + clang::LangStandard::getLangStandardForKind(LO.LangStd).getName());
    if (LO.MicrosoftExt)
        out.push_back("-fms-extensions");
    if (LO.MSVCCompat)
        out.push_back("-fms-compatibility");
    if (LO.DeclSpecKeyword)
        out.push_back("-fdeclspec");
    if (LO.WCharSize == 2)
        out.push_back("-fshort-wchar");
    out.push_back(LO.CharIsSigned ? "-fsigned-char" : "-funsigned-char");

    const clang::HeaderSearchOptions &HS = CI.getHeaderSearchOpts();
    if (!HS.Sysroot.empty() && HS.Sysroot != "/")
        out.push_back("--sysroot=" + HS.Sysroot);
    if (!HS.UseStandardSystemIncludes)
        out.push_back("-nostdlibinc");
    if (!HS.UseBuiltinIncludes)
        out.push_back("-nobuiltininc");
    for (const auto &E : HS.UserEntries) {
        if (E.IsFramework)
            continue;
        const char *opt = nullptr;
        switch (E.Group) {
        case clang::frontend::Quoted: opt = "-iquote"; break;
        case clang::frontend::Angled: opt = "-I"; break;
        case clang::frontend::System: opt = "-isystem"; break;
        case clang::frontend::After: opt = "-idirafter"; break;
        default: break; /* the toolchain's own C system directories: libclang finds them itself */
        }
        if (opt) {
            out.push_back(opt);
            out.push_back(E.Path);
        }
    }

    const clang::PreprocessorOptions &PO = CI.getPreprocessorOpts();
    for (const auto &M : PO.Macros)
        out.push_back((M.second ? "-U" : "-D") + M.first);
    for (const auto &F : PO.MacroIncludes) {
        out.push_back("-imacros");
        out.push_back(F);
    }
    for (const auto &F : PO.Includes) {
        out.push_back("-include");
        out.push_back(F);
    }
    return out;
}

/* The directory holding rules/ and runtime-model/include/, found from where this module lives. */
std::string dataDir()
{
    Dl_info info;
    char buf[PATH_MAX];
    const char *self = nullptr;
    if (dladdr(reinterpret_cast<void *>(&dataDir), &info) && info.dli_fname)
        self = info.dli_fname;
    return ddc_data_dir(self, buf, sizeof(buf));
}

/* What the analysis child analyzes. */
struct Work {
    const ddc_options *opts;
    const char *file;
    std::vector<const char *> flags;
    const char *workdir; /* nullptr: the current directory */
};

/* The analysis child (isolate.h): analyzes the file and writes the outcome to `fd` in the form of
 * findings_wire.h. Exit status 0, or 4 when the outcome cannot be written. */
int analyzeInChild(void *ctx, int fd)
{
    const Work &w = *static_cast<const Work *>(ctx);
    ddc_result res;
    char *err = nullptr;
    const char *files[] = {w.file};
    ddc_analyze(w.opts, files, 1, w.flags.data(), static_cast<int>(w.flags.size()), w.workdir, &res, &err);
    std::FILE *out = fdopen(fd, "w");
    int rc = out && fw_write(out, &res.findings, err) == 0 ? 0 : 4;
    if (out && std::fclose(out) != 0)
        rc = 4;
    std::free(err);
    ddc_result_free(&res);
    return rc;
}

class Consumer : public clang::ASTConsumer
{
  public:
    Consumer(clang::CompilerInstance &CI, Options opts) : CI(CI), Opts(std::move(opts))
    {
    }

    void HandleTranslationUnit(clang::ASTContext &Ctx) override
    {
        clang::DiagnosticsEngine &D = CI.getDiagnostics();
        if (D.hasErrorOccurred() || D.getIgnoreAllWarnings())
            return; /* clang's own errors come first; -w silences warnings, ours too */
        clang::SourceManager &SM = Ctx.getSourceManager();
        clang::OptionalFileEntryRef Main = SM.getFileEntryRefForID(SM.getMainFileID());
        if (!Main)
            return; /* stdin or a memory buffer: nothing to read again */
        std::string file = Main->getName().str();

        std::string data = dataDir();
        ddc_options o;
        ddc_options_init(&o);
        o.data_dir = data.c_str();
        for (const std::string &a : Opts)
            ddc_options_parse(&o, a.c_str()); /* ParseArgs accepted only these */
        std::vector<std::string> flags = compileFlags(CI);
        std::vector<const char *> fargv;
        for (const std::string &f : flags)
            fargv.push_back(f.c_str());
        const std::string &wd = CI.getFileSystemOpts().WorkingDir;
        Work work{&o, file.c_str(), std::move(fargv), wd.empty() ? nullptr : wd.c_str()};

        unsigned limit = timeout();
        iso_result r;
        iso_run(analyzeInChild, &work, limit, &r);
        if (r.log_len)
            llvm::errs() << llvm::StringRef(r.log, r.log_len); /* whatever the analysis printed */
        bool asError = D.getWarningsAsErrors();
        auto level = asError ? clang::DiagnosticsEngine::Error : clang::DiagnosticsEngine::Warning;
        /* the analysis failing is never an error: clang's own result stands */
        unsigned failed =
            D.getCustomDiagID(clang::DiagnosticsEngine::Warning, "ddicheck: analysis of %0 failed (%1); no findings");
        switch (r.outcome) {
        case ISO_EXITED: {
            findings fs;
            findings_init(&fs);
            char *err = nullptr;
            if (r.code != 0)
                D.Report(failed) << file << ("exit status " + std::to_string(r.code));
            else if (fw_read(r.data, r.data_len, &fs, &err) != 0)
                D.Report(failed) << file << "its result was malformed";
            else if (err)
                D.Report(D.getCustomDiagID(level, "ddicheck: %0 was not checked: %1")) << file << err;
            else
                report(fs, SM, level);
            std::free(err);
            findings_free(&fs);
            break;
        }
        case ISO_SIGNALED:
            D.Report(failed) << file << ("signal " + std::to_string(r.code) + ", " + strsignal(r.code));
            break;
        case ISO_TIMED_OUT:
            D.Report(D.getCustomDiagID(clang::DiagnosticsEngine::Warning,
                                       "ddicheck: analysis of %0 exceeded %1 s; no findings"))
                << file << limit;
            break;
        case ISO_INTERRUPTED: D.Report(failed) << file << ("interrupted by signal " + std::to_string(r.code)); break;
        case ISO_FAILED:
            D.Report(D.getCustomDiagID(clang::DiagnosticsEngine::Warning,
                                       "ddicheck: %0 was not checked: cannot start the analysis: %1"))
                << file << std::strerror(r.code);
            break;
        }
        iso_result_free(&r);
        ddc_options_free(&o);
    }

  private:
    /* The analysis's time limit in seconds (0: none): DDICHECK_TIMEOUT, or the default with a warning
     * when it is not a whole number. */
    unsigned timeout()
    {
        unsigned t = ISO_DEFAULT_TIMEOUT;
        const char *v = std::getenv("DDICHECK_TIMEOUT");
        if (v && *v && iso_parse_timeout(v, &t) != 0) {
            clang::DiagnosticsEngine &D = CI.getDiagnostics();
            D.Report(D.getCustomDiagID(clang::DiagnosticsEngine::Warning,
                                       "ddicheck: DDICHECK_TIMEOUT='%0' is not a whole number of seconds (0 for no "
                                       "limit); using %1"))
                << v << ISO_DEFAULT_TIMEOUT;
        }
        return t;
    }

    /* Where `loc` is in this compile, or an invalid location for a file the compile did not read. */
    clang::SourceLocation where(clang::SourceManager &SM, const ir_loc &loc)
    {
        if (!loc.file || !loc.line)
            return {};
        clang::OptionalFileEntryRef F = CI.getFileManager().getOptionalFileRef(loc.file);
        if (!F)
            return {};
        return SM.translateFileLineCol(&F->getFileEntry(), loc.line, loc.col ? loc.col : 1);
    }

    void report(const findings &fs, clang::SourceManager &SM, clang::DiagnosticsEngine::Level level)
    {
        clang::DiagnosticsEngine &D = CI.getDiagnostics();
        unsigned id = D.getCustomDiagID(level, "%0 [%1]");
        unsigned errorId = D.getCustomDiagID(clang::DiagnosticsEngine::Error, "%0 [%1]");
        unsigned noteFindingId = D.getCustomDiagID(clang::DiagnosticsEngine::Note, "%0 [%1]");
        unsigned noteId = D.getCustomDiagID(clang::DiagnosticsEngine::Note, "%0");
        for (size_t i = 0; i < fs.items.len; i++) {
            const finding *f = static_cast<const finding *>(vec_at(&fs.items, i));
            /* the finding's severity (its rule's, or the configuration's) is its clang level */
            if (f->severity == SEV_NOTE)
                D.setLastDiagnosticIgnored(false); /* else clang drops a note after an ignored warning */
            D.Report(where(SM, f->loc), f->severity == SEV_ERROR  ? errorId
                                        : f->severity == SEV_NOTE ? noteFindingId
                                                                  : id)
                << f->message << f->rule;
            for (size_t n = 0; n < f->notes.len; n++) {
                const note *no = static_cast<const note *>(vec_at(&f->notes, n));
                D.Report(where(SM, no->loc), noteId) << no->message;
            }
        }
    }

    clang::CompilerInstance &CI;
    Options Opts;
};

class Action : public clang::PluginASTAction
{
  protected:
    std::unique_ptr<clang::ASTConsumer> CreateASTConsumer(clang::CompilerInstance &CI, llvm::StringRef) override
    {
        return std::make_unique<Consumer>(CI, Opts);
    }

    bool ParseArgs(const clang::CompilerInstance &CI, const std::vector<std::string> &args) override
    {
        for (const std::string &a : args) {
            std::string opt = "--" + a;
            ddc_options probe;
            ddc_options_init(&probe);
            bool ok = ddc_options_parse(&probe, opt.c_str()) == 0;
            ddc_options_free(&probe);
            if (!ok) {
                clang::DiagnosticsEngine &D = CI.getDiagnostics();
                unsigned id = D.getCustomDiagID(clang::DiagnosticsEngine::Error,
                                                "unknown ddicheck plugin argument '%0' (use "
                                                "-fplugin-arg-ddicheck-enable=IDS, -fplugin-arg-ddicheck-disable=IDS "
                                                "or -fplugin-arg-ddicheck-rules-dir=DIR)");
                D.Report(id) << a;
                return false;
            }
            Opts.push_back(opt);
        }
        return true;
    }

    ActionType getActionType() override
    {
        return AddBeforeMainAction;
    }

  private:
    Options Opts;
};

} // namespace

static clang::FrontendPluginRegistry::Add<Action> Registered("ddicheck", "check NDIS/CoNDIS DDI compliance (ddicheck)");
