package io.trustplane.core.guard.secrets;

import static io.trustplane.core.guard.secrets.SecretRule.ValueCheck.BASE64_PRIVATE_KEY;
import static io.trustplane.core.guard.secrets.SecretRule.ValueCheck.NONE;
import static io.trustplane.core.guard.secrets.SecretRule.ValueCheck.NOT_PLACEHOLDER;
import static io.trustplane.core.guard.secrets.SecretRule.ValueCheck.PASSWORD_LIKE;
import static io.trustplane.core.guard.secrets.SecretRule.ValueCheck.RANDOM;

import java.util.List;

/**
 * The built-in rules. Provider rules follow the token formats the providers publish (fixed prefixes,
 * lengths and alphabets), so they need no context; generic rules need a keyword that names a secret
 * and a value that passes {@link SecretValues}. Every pattern marks the secret with the named group
 * {@code s}.
 */
final class SecretRules {
    private static final String Q = "[\"'`]?";
    private static final String ASSIGN = Q + "\\s*(?:[:=]|=>|:=)\\s*\\\\?";
    private static final String UUID = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";
    private static final String END = "(?:[^A-Za-z0-9_+/=-]|$)";

    static final List<SecretRule> ALL = List.of(
            // cloud providers
            SecretRule.of("aws.access-key-id", "AWS_ACCESS_KEY", "akia,asia,agpa,aida,aroa,aipa,anpa,anva,a3t",
                    "\\b(?P<s>(?:AKIA|ASIA|AGPA|AIDA|AROA|AIPA|ANPA|ANVA|A3T[A-Z0-9])[A-Z0-9]{16})\\b", 0.9, NONE),
            SecretRule.of("aws.secret-access-key", "AWS_SECRET_KEY", "aws",
                    "(?i)aws[a-z0-9_.-]{0,30}(?:secret|private)[a-z0-9_.-]{0,20}" + ASSIGN + Q + "(?P<s>[A-Za-z0-9/+=]{40})" + END, 0.9, NONE).assigned(),
            SecretRule.of("aws.arn", "AWS_RESOURCE_IDENTIFIER", "arn:aws",
                    "\\b(?P<s>arn:aws[a-z-]*:[a-z0-9-]+:[a-z0-9-]*:\\d{0,12}:[^\\s\"'\\\\;,]+)", 0.5, NONE),
            SecretRule.of("aws.s3-url", "AWS_RESOURCE_IDENTIFIER", "amazonaws.com",
                    "(?P<s>https?://(?:[a-z0-9.-]+\\.)?s3[.-](?:[a-z0-9-]+\\.)?amazonaws\\.com(?:/[^\\s\"']*)?)", 0.5, NONE),
            SecretRule.of("aws.appsync", "AWS_APPSYNC_KEY", "da2-", "\\b(?P<s>da2-[a-z0-9]{26})\\b", 0.9, NONE),
            SecretRule.of("gcp.api-key", "GCP_API_KEY", "aiza", "\\b(?P<s>AIza[0-9A-Za-z_-]{35})", 0.95, NONE),
            SecretRule.of("gcp.oauth-client-id", "GCP_OAUTH_CLIENT", "googleusercontent",
                    "\\b(?P<s>\\d{6,}-[a-z0-9]{32}\\.apps\\.googleusercontent\\.com)", 0.7, NONE),
            SecretRule.of("gcp.oauth-client-secret", "GCP_OAUTH_CLIENT_SECRET", "gocspx-", "\\b(?P<s>GOCSPX-[A-Za-z0-9_-]{28})", 0.95, NONE),
            SecretRule.of("azure.storage-key", "AZURE_STORAGE_KEY", "accountkey",
                    "(?i)AccountKey\\s*=\\s*(?P<s>[A-Za-z0-9+/]{86}==)", 0.95, NONE),
            SecretRule.of("azure.devops-pat", "AZURE_DEVOPS_TOKEN", "azdo", "\\b(?P<s>[A-Za-z0-9]{76}AZDO[A-Za-z0-9]{4})\\b", 0.9, RANDOM),
            SecretRule.of("azure.connection-string", "AZURE_CONNECTION_STRING", "sharedaccesskey",
                    "(?i)SharedAccessKey\\s*=\\s*(?P<s>[A-Za-z0-9+/]{43}=)", 0.95, NONE),
            SecretRule.of("digitalocean", "DIGITALOCEAN_TOKEN", "_v1_", "\\b(?P<s>do[opr]_v1_[a-f0-9]{64})\\b", 0.95, NONE),
            SecretRule.of("heroku", "HEROKU_API_KEY", "heroku",
                    "(?i)heroku[a-z0-9_.-]{0,20}key" + ASSIGN + Q + "(?P<s>" + UUID + ")", 0.85, NONE).assigned(),
            // code hosting, registries, CI
            SecretRule.of("github.token", "GITHUB_TOKEN", "ghp_,gho_,ghu_,ghs_,ghr_", "\\b(?P<s>gh[pousr]_[A-Za-z0-9]{36})\\b", 0.95, NONE),
            SecretRule.of("github.fine-grained", "GITHUB_TOKEN", "github_pat_", "\\b(?P<s>github_pat_[A-Za-z0-9_]{82})\\b", 0.95, NONE),
            SecretRule.of("gitlab.token", "GITLAB_TOKEN", "glpat-,gldt-,glrt-,glptt-,glsoat-,glcbt-,glimt-,glft-",
                    "\\b(?P<s>gl(?:pat|dt|rt|ptt|soat|cbt|imt|ft|agent|oas)-[A-Za-z0-9_-]{20,})", 0.95, NONE),
            SecretRule.of("npm", "NPM_TOKEN", "npm_", "\\b(?P<s>npm_[A-Za-z0-9]{36})\\b", 0.95, NONE),
            SecretRule.of("pypi", "PYPI_TOKEN", "pypi-", "\\b(?P<s>pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,})", 0.95, NONE),
            SecretRule.of("rubygems", "RUBYGEMS_TOKEN", "rubygems_", "\\b(?P<s>rubygems_[a-f0-9]{48})\\b", 0.95, NONE),
            SecretRule.of("nuget", "NUGET_API_KEY", "oy2", "\\b(?P<s>oy2[a-z0-9]{43})\\b", 0.9, NONE),
            SecretRule.of("dockerhub", "DOCKERHUB_TOKEN", "dckr_pat_", "\\b(?P<s>dckr_pat_[A-Za-z0-9_-]{27})", 0.95, NONE),
            SecretRule.of("artifactory", "ARTIFACTORY_TOKEN", "akcp,cmvmdgtu",
                    "\\b(?P<s>AKCp[A-Za-z0-9]{69}|cmVmdGtu[A-Za-z0-9]{56})\\b", 0.9, NONE),
            SecretRule.of("databricks", "DATABRICKS_TOKEN", "dapi", "\\b(?P<s>dapi[a-f0-9]{32}(?:-\\d)?)\\b", 0.9, NONE),
            SecretRule.of("sonar", "SONAR_TOKEN", "sonar",
                    "(?i)sonar[._]?(?:login|token)[^a-z0-9\\n]{1,8}(?P<s>(?:sq[apu]_)?[a-f0-9]{40})\\b", 0.9, NONE),
            SecretRule.of("codeclimate", "CODECLIMATE_TOKEN", "reporter_id",
                    "(?i)reporter_id" + ASSIGN + Q + "(?P<s>[a-f0-9]{64})", 0.85, NONE).assigned(),
            SecretRule.of("postman", "POSTMAN_API_KEY", "pmak-", "\\b(?P<s>PMAK-[a-f0-9]{24}-[a-f0-9]{34})\\b", 0.95, NONE),
            SecretRule.of("doppler", "DOPPLER_TOKEN", "dp.", "\\b(?P<s>dp\\.(?:pt|st|sa|ct|scim|audit)\\.[A-Za-z0-9]{40,})", 0.95, NONE),
            SecretRule.of("vault.token", "VAULT_TOKEN", "hvs.,hvb.,hvr.", "\\b(?P<s>hv[sbr]\\.[A-Za-z0-9_-]{90,})", 0.95, NONE),
            SecretRule.of("vault.legacy-token", "VAULT_TOKEN", "vault",
                    "(?i)vault[a-z0-9_.-]{0,30}" + ASSIGN.replace("(?:[:=]|=>|:=)", "(?:[:= ]|=>|:=)") + Q + "(?P<s>[sbr]\\.[A-Za-z0-9_-]{24,})", 0.8, NONE),
            SecretRule.of("vault.unseal-key", "VAULT_UNSEAL_KEY", "unseal", "(?i)unseal(?: key(?: \\d+)?\\s*:)?\\s+(?P<s>[A-Za-z0-9+/]{43,}=?)", 0.8, RANDOM),
            SecretRule.of("atlassian", "ATLASSIAN_TOKEN", "atatt", "\\b(?P<s>ATATT3[A-Za-z0-9_=-]{180,})", 0.95, NONE),
            SecretRule.of("grafana", "GRAFANA_TOKEN", "eyjrijoi,glsa_,glc_",
                    "\\b(?P<s>eyJrIjoi[A-Za-z0-9=_-]{50,}|glsa_[A-Za-z0-9]{32}_[a-f0-9]{8}|glc_[A-Za-z0-9+/=]{32,})", 0.9, NONE),
            SecretRule.of("sentry", "SENTRY_TOKEN", "sntrys_,sntryu_",
                    "\\b(?P<s>sntryu_[a-f0-9]{64}|sntrys_eyJ[A-Za-z0-9+/]{20,}={0,2}_[A-Za-z0-9+/]{43})", 0.95, NONE),
            SecretRule.of("planetscale", "PLANETSCALE_TOKEN", "pscale_",
                    "\\b(?P<s>pscale_(?:tkn|pw|oauth)_[A-Za-z0-9=._-]{32,64})", 0.95, NONE),
            SecretRule.of("supabase", "SUPABASE_TOKEN", "sbp_", "\\b(?P<s>sbp_[a-f0-9]{40})\\b", 0.95, NONE),
            SecretRule.of("terraform-cloud", "TERRAFORM_CLOUD_TOKEN", "atlasv1",
                    "\\b(?P<s>[A-Za-z0-9]{14}\\.atlasv1\\.[A-Za-z0-9_=-]{60,70})", 0.95, NONE),
            SecretRule.of("tailscale", "TAILSCALE_KEY", "tskey-",
                    "\\b(?P<s>tskey-(?:api|auth|client|webhook|scim)-[A-Za-z0-9]{6,}-[A-Za-z0-9]{20,})", 0.95, RANDOM),
            SecretRule.of("alibaba", "ALIBABA_ACCESS_KEY", "ltai", "\\b(?P<s>LTAI[A-Za-z0-9]{20})\\b", 0.9, RANDOM),
            SecretRule.of("figma", "FIGMA_TOKEN", "figd_,figma",
                    "(?i)\\b(?P<s>figd_[A-Za-z0-9_-]{40,})|x-figma-token\\s*:\\s*(?P<t>\\d{3,6}-[0-9a-f]{8}-[0-9a-f-]{27})", 0.9, NONE),
            // messaging, payments, SaaS
            SecretRule.of("slack.token", "SLACK_TOKEN", "xox", "\\b(?P<s>xox[abposre]-[A-Za-z0-9-]{10,})", 0.9, NONE),
            SecretRule.of("slack.webhook", "SLACK_WEBHOOK", "hooks.slack.com",
                    "(?P<s>https://hooks\\.slack\\.com/(?:services|workflows|triggers)/[A-Za-z0-9/_-]{20,})", 0.95, NONE),
            SecretRule.of("discord.webhook", "DISCORD_WEBHOOK", "discord",
                    "(?P<s>https://(?:ptb\\.|canary\\.)?discord(?:app)?\\.com/api/webhooks/\\d{17,20}/[A-Za-z0-9_-]{60,72})", 0.95, NONE),
            SecretRule.of("linear", "LINEAR_API_KEY", "lin_api_", "\\b(?P<s>lin_api_[A-Za-z0-9]{40})\\b", 0.95, NONE),
            SecretRule.of("notion", "NOTION_TOKEN", "ntn_", "\\b(?P<s>ntn_\\d{11}[A-Za-z0-9]{35})\\b", 0.95, NONE),
            SecretRule.of("msteams.webhook", "MSTEAMS_WEBHOOK", "webhook",
                    "(?P<s>https://[a-z0-9.-]*(?:outlook\\.office|webhook\\.office|office)\\.com/webhook[a-z0-9]*/[A-Za-z0-9@/_-]{40,})", 0.9, NONE),
            SecretRule.of("stripe", "STRIPE_KEY", "sk_,rk_", "\\b(?P<s>(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{16,})", 0.95, NONE),
            SecretRule.of("square", "SQUARE_TOKEN", "sq0", "\\b(?P<s>sq0atp-[A-Za-z0-9_-]{22}|sq0csp-[A-Za-z0-9_-]{43})", 0.95, NONE),
            SecretRule.of("shopify", "SHOPIFY_TOKEN", "shpat_,shpca_,shppa_,shpss_", "\\b(?P<s>shp(?:at|ca|pa|ss)_[a-fA-F0-9]{32})\\b", 0.95, NONE),
            SecretRule.of("sendgrid", "SENDGRID_API_KEY", "sg.", "\\b(?P<s>SG\\.[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{43})", 0.95, NONE),
            SecretRule.of("mailgun", "MAILGUN_API_KEY", "key-", "\\b(?P<s>key-[0-9a-f]{32})\\b", 0.8, NONE),
            SecretRule.of("mailchimp", "MAILCHIMP_API_KEY", "-us", "\\b(?P<s>[0-9a-f]{32}-us\\d{1,2})\\b", 0.9, NONE),
            SecretRule.of("twilio", "TWILIO_API_KEY", "twilio,sk", "\\b(?P<s>SK[0-9a-fA-F]{32})\\b", 0.7, NONE),
            SecretRule.of("newrelic", "NEWRELIC_KEY", "nrak-,nrii-,nrjs-,nral",
                    "\\b(?P<s>NR(?:AK|AA|II|IQ|RA)-[A-Za-z0-9_-]{27,32}|NRJS-[a-f0-9]{19}|[a-z0-9]{36}NRAL)\\b", 0.95, RANDOM),
            SecretRule.of("okta", "OKTA_TOKEN", "okta,ssws",
                    "(?i)(?:okta[^\\n]{0,}?|\\bSSWS\\s+)(?P<s>00[A-Za-z0-9_-]{39}[A-Za-z0-9_])" + END, 0.9, NONE),
            SecretRule.of("salesforce", "SALESFORCE_TOKEN", "!", "\\b(?P<s>00[A-Za-z0-9]{13}![A-Za-z0-9._]{80,})", 0.9, NONE),
            SecretRule.of("twitch.stream-key", "STREAM_KEY", "live_", "\\b(?P<s>live_\\d{6,12}_[A-Za-z0-9]{30})\\b", 0.9, NONE),
            SecretRule.of("thingsboard", "THINGSBOARD_TOKEN", "thingsboard",
                    "thingsboard\\.[a-z.]+/api/v1/(?P<s>[A-Za-z0-9]{20})/", 0.85, NONE),
            // AI providers
            SecretRule.of("anthropic", "ANTHROPIC_API_KEY", "sk-ant-", "\\b(?P<s>sk-ant-(?:api|admin)\\d{2}-[A-Za-z0-9_-]{80,})", 0.97, NONE),
            SecretRule.of("openai", "OPENAI_API_KEY", "sk-",
                    "\\b(?P<s>sk-(?:proj-|svcacct-|admin-|None-)?[A-Za-z0-9_-]{20,}T3BlbkFJ[A-Za-z0-9_-]{20,}|sk-proj-[A-Za-z0-9_-]{40,}|sk-[A-Za-z0-9]{48})",
                    0.95, NONE),
            SecretRule.of("huggingface", "HUGGINGFACE_TOKEN", "hf_", "\\b(?P<s>hf_[A-Za-z0-9]{34,})\\b", 0.9, RANDOM),
            SecretRule.of("groq", "GROQ_API_KEY", "gsk_", "\\b(?P<s>gsk_[A-Za-z0-9]{52})\\b", 0.95, NONE),
            SecretRule.of("tavily", "TAVILY_API_KEY", "tvly-", "\\b(?P<s>tvly-[A-Za-z0-9]{32})\\b", 0.95, NONE),
            // more model providers and LLM tooling, the keys the teams this guard serves hold
            SecretRule.of("openrouter", "OPENROUTER_API_KEY", "sk-or-", "\\b(?P<s>sk-or-v1-[a-f0-9]{64})\\b", 0.95, NONE),
            SecretRule.of("perplexity", "PERPLEXITY_API_KEY", "pplx-", "\\b(?P<s>pplx-[A-Za-z0-9]{40,64})\\b", 0.95, NONE),
            SecretRule.of("replicate", "REPLICATE_API_TOKEN", "r8_", "\\b(?P<s>r8_[A-Za-z0-9]{37})\\b", 0.9, RANDOM),
            SecretRule.of("xai", "XAI_API_KEY", "xai-", "\\b(?P<s>xai-[A-Za-z0-9]{70,90})\\b", 0.95, NONE),
            SecretRule.of("langsmith", "LANGSMITH_API_KEY", "lsv2_", "\\b(?P<s>lsv2_(?:pt|sk)_[a-f0-9]{32}_[a-f0-9]{10})\\b", 0.95, NONE),
            SecretRule.of("langfuse", "LANGFUSE_SECRET_KEY", "sk-lf-", "\\b(?P<s>sk-lf-" + UUID + ")", 0.95, NONE),
            SecretRule.of("pinecone", "PINECONE_API_KEY", "pcsk_", "\\b(?P<s>pcsk_[A-Za-z0-9]{4,10}_[A-Za-z0-9]{50,90})\\b", 0.95, NONE),
            // keys, tokens and hashes in standard formats
            SecretRule.of("pem.private-key", "PRIVATE_KEY", "private key",
                    "(?P<s>-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----[A-Za-z0-9+/=\\s:,.\"\\\\-]{20,}?(?:-----END (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----|$))",
                    0.99, NONE).reachingToEnd(),
            SecretRule.of("pem.base64-private-key", "PRIVATE_KEY", "ls0tls1crudjti",
                    "(?P<s>LS0tLS1CRUdJTi[A-Za-z0-9+/=]{60,})", 0.95, BASE64_PRIVATE_KEY),
            SecretRule.of("wireguard", "WIREGUARD_KEY", "key",
                    "(?i)\\b(?:PrivateKey|PresharedKey)\\s*=\\s*(?P<s>[A-Za-z0-9+/]{43}=)", 0.9, RANDOM),
            SecretRule.of("kubernetes.bootstrap-token", "KUBERNETES_TOKEN", "token",
                    "(?i)token[^\\n]{0,30}?\\b(?P<s>[a-z0-9]{6}\\.[a-z0-9]{16})\\b", 0.8, NONE),
            SecretRule.of("telegram", "TELEGRAM_BOT_TOKEN", ":aa", "\\b(?P<s>\\d{8,10}:AA[A-Za-z0-9_-]{32,33})\\b", 0.9, NONE),
            SecretRule.of("sourcegraph", "SOURCEGRAPH_TOKEN", "sgp_",
                    "\\b(?P<s>sgp_(?:local_)?[a-f0-9]{16,}(?:_[a-f0-9]{40})?)\\b", 0.9, NONE),
            SecretRule.of("jina", "JINA_API_KEY", "jina_", "\\b(?P<s>jina_[A-Za-z0-9]{60})\\b", 0.95, NONE),
            SecretRule.of("postmark", "POSTMARK_TOKEN", "postmark", "(?i)postmark[^\\n]{0,30}?(?P<s>" + UUID + ")", 0.8, NONE),
            SecretRule.of("truenas", "TRUENAS_API_KEY", "api_key",
                    "(?i)api[_-]?key[^\\n]{0,}?\"(?P<s>\\d{1,4}-[A-Za-z0-9]{60,})\"", 0.85, NONE),
            SecretRule.of("gcs.url", "GCP_RESOURCE_IDENTIFIER", "storage.googleapis.com",
                    "(?P<s>https?://(?:[a-z0-9._-]+\\.)?storage\\.googleapis\\.com/[^\\s\"']+)", 0.5, NONE),
            SecretRule.of("age.secret-key", "AGE_SECRET_KEY", "age-secret-key-",
                    "\\b(?P<s>AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58})\\b", 0.99, NONE),
            SecretRule.of("jwt", "JWT", "eyj", "\\b(?P<s>eyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,})", 0.85, NONE),
            SecretRule.of("kerberos-hash", "PASSWORD_HASH", "$krb5",
                    "(?P<s>\\$krb5(?:asrep|tgs|pa)\\$\\d+\\$[^\\s\"']{20,})", 0.9, NONE),
            SecretRule.of("password-hash", "PASSWORD_HASH", "$",
                    "(?:^|[^A-Za-z0-9$])(?P<s>\\$(?:1|2[abxy]?|5|6|7|8|9|y|gy|argon2(?:id|i|d)|scrypt|pbkdf2[a-z0-9-]*|krb5asrep\\$\\d+|krb5tgs\\$\\d+)\\$[A-Za-z0-9./$=+,*-]{16,})",
                    0.85, NONE),
            SecretRule.of("http.auth-header", "HTTP_AUTH_CREDENTIALS", "authorization,bearer,token ",
                    "(?i)(?:authorization\\s*[:=]\\s*" + Q + "\\s*(?:bearer|token|basic)?|\\bbearer)\\s*(?P<s>[A-Za-z0-9._~+/=-]{16,})", 0.85, RANDOM),
            SecretRule.of("basic-auth-flag", "PASSWORD_ASSIGNMENT", "-u ,--user",
                    "(?:\\s-u|--user)\\s+" + Q + "[A-Za-z0-9._@-]{3,}:(?P<s>[A-Za-z0-9._~+/=-]{8,})", 0.8, RANDOM),
            // passwords in URLs, connection strings and configuration
            SecretRule.of("url.password", "PASSWORD_IN_URL", "://",
                    "\\b[a-zA-Z][a-zA-Z0-9+.-]{1,20}://[^\\s:/@\"'<>]{1,}:(?P<s>[^\\s@/\"'<>]{1,})@[A-Za-z0-9._\\[\\]-]+", 0.9, NOT_PLACEHOLDER).withUserInfo(),
            SecretRule.of("connection-string.password", "DATABASE_CONNECTION_STRING", "pwd,password",
                    "(?i);\\s*(?:password|pwd)\\s*=\\s*(?P<s>[^;\"'\\s]{1,})|(?:^|[\"'\\s])(?:password|pwd)\\s*=\\s*(?P<t>[^;\"'\\s]{1,});", 0.85, NOT_PLACEHOLDER),
            SecretRule.of("config.password", "PASSWORD_ASSIGNMENT", "pass,pwd",
                    "(?i)(?:password|passwd|passphrase|pwd|pass)" + ASSIGN
                            + "[\"'`](?P<s>[^\"'\\n]{3,}?)\\\\?[\"'`]", 0.8, NOT_PLACEHOLDER).assigned(),
            // unquoted only in env/ini style (KEY=value) or YAML (key: value); "password = x" in code is a variable
            SecretRule.of("config.password-unquoted", "PASSWORD_ASSIGNMENT", "pass,pwd",
                    "(?i)(?:password|passwd|passphrase|pwd|pass)(?:=|:[ \\t]*)(?P<s>[^\\s\"'`;,]{3,})(?:\\s|$)",
                    0.75, NOT_PLACEHOLDER).assigned(),
            SecretRule.of("netrc", "PASSWORD_ASSIGNMENT", "machine",
                    "(?i)\\bmachine\\s+\\S+\\s+login\\s+\\S+\\s+password\\s+(?P<s>\\S+)", 0.9, NOT_PLACEHOLDER),
            SecretRule.of("cli.password-flag", "PASSWORD_ASSIGNMENT", " -p ,-password",
                    "(?i)(?:\\s-u\\s+\\S+\\s+-p|\\s-password)\\s+[\"']?(?P<s>[^\\s\"']{3,})", 0.8, NOT_PLACEHOLDER),
            SecretRule.of("groovy.password", "PASSWORD_ASSIGNMENT", "password",
                    "(?im)^\\s*password\\s+[\"'](?P<s>[^\"'\\n]{3,})[\"']\\s*$", 0.75, NOT_PLACEHOLDER),
            SecretRule.of("yaml.jwt-secret", "JWT_SECRET", "jwt",
                    "(?i)jwt[^\\n]*\\n\\s+secret\\s*:\\s*[\"'](?P<s>[^\"'\\n]{6,})[\"']", 0.8, NOT_PLACEHOLDER),
            SecretRule.of("prose.password", "PASSWORD_ASSIGNMENT", "password",
                    "(?i)password\\s+(?:is|was|will be|:)\\s*[\"'](?P<s>[^\"'\\s]{3,})[\"']", 0.7, NOT_PLACEHOLDER),
            // a password told in a sentence, unquoted, also in other languages ("my password is Sommer2024", "Mein
            // Passwort lautet …", "mot de passe : …", "мой пароль: …"): people paste theirs into prompts. The value must
            // not read as a word ("my password is incorrect", "case-sensitive"), and sentence punctuation ends it; no
            // spaced "=", which is code ("password = request.form[...]"), left to the config rules above
            SecretRule.of("prose.password-unquoted", "PASSWORD_ASSIGNMENT",
                    "password,passwort,kennwort,mot de passe,contraseña,senha,wachtwoord,hasło,haslo,пароль,şifre,sifre,parola,passcode",
                    "(?i)(?:password|passwort|kennwort|mot de passe|contraseña|senha|wachtwoord|has[łl]o|пароль|[şs]ifre(?:m|niz)?|parola"
                            + "|passcode)(?:\\s+(?:is|was|ist|lautet|war|est|[ée]tait|es|era|é|è|to|je|-|–|—)\\s*:?|\\s?:|=)\\s*"
                            + "(?P<s>[^\\s\"'`]{5,63}[^\\s\"'`.,;:!?)\\]])(?:[\\s.,;:!?)\\]]|$)", 0.75, PASSWORD_LIKE)
                    .reaching(96), // keyword, a copula and a value of at most 64 characters
            SecretRule.of("api.credential-call", "PASSWORD_ASSIGNMENT", "credential,directoryentry",
                    "(?:NetworkCredential|DirectoryEntry)\\s*\\([^)]{0,}?,\\s*[\"'](?P<s>[^\"']{3,})[\"']\\s*\\)", 0.8, NOT_PLACEHOLDER),
            SecretRule.of("jwt.secret", "JWT_SECRET", "jwt",
                    "(?i)jwt[_.-]?secret" + ASSIGN + "[\"'](?P<s>[^\\n]{8,}?)[\"']\\s*$", 0.85, NOT_PLACEHOLDER),
            SecretRule.of("cli.secret-flag", "GENERIC_SECRET", "--api-key,--apikey,--token,--secret,--access-key",
                    "(?i)--(?:api[-_]?key|token|secret|access[-_]?key)[ =]+" + Q + "(?P<s>[A-Za-z0-9_+/=.~-]{12,})", 0.8, RANDOM),
            SecretRule.of("generic.keyed-value", "GENERIC_SECRET",
                    "secret,token,key,credential,auth,dsn,webhook",
                    "(?i)(?:secret|token|api[_.-]?key|apikey|access[_.-]?key|auth[_.-]?key|private[_.-]?key|credentials?"
                            + "|app[_.-]?key|signing[_.-]?key|encryption[_.-]?key|master[_.-]?key|session[_.-]?key|stream[_.-]?key|\\.key|_key)"
                            + ASSIGN + Q + "(?P<s>[A-Za-z0-9_+/=.~-]{12,})", 0.75, RANDOM).assigned());

    private SecretRules() {
    }
}
