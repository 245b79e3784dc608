package org.trasloco.xmpp.registration;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.xmpp.password.Password;
import org.trasloco.xmpp.testing.ProsodyConfig;
import org.trasloco.xmpp.testing.ProsodyExtension;
import org.trasloco.xmpp.testing.TestAccounts;
import org.trasloco.xmpp.testing.TestProsody;

/** A server that asks for a CAPTCHA (mod_test_captcha: a picture sent as bits of binary, answer "7x4k"). */
class CaptchaIT {

    @RegisterExtension
    static final ProsodyExtension PROSODY = new ProsodyExtension(ProsodyConfig.defaults().withTestModule("test_captcha"));

    /** The picture mod_test_captcha sends: "7x4k", 290 × 80 pixels. */
    private static final byte[] PICTURE = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAASIAAABQCAMAAACK/Yj6AAADAFBMVEUAAAAAADMAAGYAAJkAAMwAAP8AMwAAMzMAM2YAM5kAM8wA" +
            "M/8AZgAAZjMAZmYAZpkAZswAZv8AmQAAmTMAmWYAmZkAmcwAmf8AzAAAzDMAzGYAzJkAzMwAzP8A/wAA/zMA/2YA/5kA/8wA//8z" +
            "AAAzADMzAGYzAJkzAMwzAP8zMwAzMzMzM2YzM5kzM8wzM/8zZgAzZjMzZmYzZpkzZswzZv8zmQAzmTMzmWYzmZkzmcwzmf8zzAAz" +
            "zDMzzGYzzJkzzMwzzP8z/wAz/zMz/2Yz/5kz/8wz//9mAABmADNmAGZmAJlmAMxmAP9mMwBmMzNmM2ZmM5lmM8xmM/9mZgBmZjNm" +
            "ZmZmZplmZsxmZv9mmQBmmTNmmWZmmZlmmcxmmf9mzABmzDNmzGZmzJlmzMxmzP9m/wBm/zNm/2Zm/5lm/8xm//+ZAACZADOZAGaZ" +
            "AJmZAMyZAP+ZMwCZMzOZM2aZM5mZM8yZM/+ZZgCZZjOZZmaZZpmZZsyZZv+ZmQCZmTOZmWaZmZmZmcyZmf+ZzACZzDOZzGaZzJmZ" +
            "zMyZzP+Z/wCZ/zOZ/2aZ/5mZ/8yZ///MAADMADPMAGbMAJnMAMzMAP/MMwDMMzPMM2bMM5nMM8zMM//MZgDMZjPMZmbMZpnMZszM" +
            "Zv/MmQDMmTPMmWbMmZnMmczMmf/MzADMzDPMzGbMzJnMzMzMzP/M/wDM/zPM/2bM/5nM/8zM////AAD/ADP/AGb/AJn/AMz/AP//" +
            "MwD/MzP/M2b/M5n/M8z/M///ZgD/ZjP/Zmb/Zpn/Zsz/Zv//mQD/mTP/mWb/mZn/mcz/mf//zAD/zDP/zGb/zJn/zMz/zP///wD/" +
            "/zP//2b//5n//8z///8SEhIYGBgeHh4kJCQqKiowMDA2NjY8PDxCQkJISEhOTk5UVFRaWlpgYGBmZmZsbGxycnJ4eHh+fn6EhISK" +
            "ioqQkJCWlpacnJyioqKoqKiurq60tLS6urrAwMDGxsbMzMzS0tLY2Nje3t7k5OTq6urw8PD29vb8/PwgKWLDAAAVx0lEQVR4Xu1b" +
            "C3gU1dn+5rI7m839QiAYorKTELLLFq31QgFTahWJyWZDskks/v6lVbxy81ZtK1IQ9QGlBkSo4NOLlmRz2SQo0PrX4k9/C9aKXXaX" +
            "TTIbKGkVBMLFZHdndi7/mdkkJLuzJFCQ1Ae+58u75zvfnJmdPfOe95wzYKJAXLFzGi4SIiYSXuIKxkIcF3ZIOJ8vXMFYSFRm0lhb" +
            "poj8CqojdoWLhjNcxOTnzYtdwViI45L8vPmkKxgLcXSv0P0yyPfsCqriFS4a1kaLLsKcmGp8FOBo0UUut0s1PgoQcdGdmJeUn7vL" +
            "igVgUo2PAhwtXOQXdWRkbJTYaNFF+DZ5bI2OjwIcLbrIUaIeHwU4SnTRBGBU46MBRwkX8U02iIyNFhsdughr0mJq8VGBo0MXBSFX" +
            "NT4qcFSsF+3fTU9Vi48O/Eq5aOdtVFRMtpDj4jJRq329TkNERi/U/j1dBL29vWpxdcQKQ/JMLCouOco61OIXjLevvu+WqiMnvuyV" +
            "1OvPD0lcyEd3ypdLnCcK3AtcBwdgfEu9Phrz/CJpFlTidSWEWv6FI7vQB75HfRJm6Ppjkkr9+eEF6CL+5dPzr7vuhmn73JwWYG1U" +
            "fQyEOjik90bHiboSH6mS/2/gP7fuNhpqDNsNNRPkMSmq/vzw/LiIXc3uZBkagKFlU/DLqCxVk/x4p9yHomwrGFXj/56V+QyK7dVF" +
            "1py3jVQXYf7A8ZvN37K3sFp0Z4AGuh8l1fxIFOqJTpNKHNtabBwcl6KP9/LBl3t6js8/IqkcHwOdDOpFsmvV688HR6qLxJunzWIZ" +
            "dFMYxD9DMKiaH4F0oITqUonn10Hn4HhufaBXisibcHRcVfZpekU+r3J8DNwJPpmPFlKSev354Ih1UelbAGmg4vdNVs0fgmn1k7vU" +
            "4hm16CkbHG+f0TamkfZktmcM5GUcm2KoS1uFvDc98viYOKV8L0O/tbemTKdefz44Yi6a5x7EP8iw7Y+vuxPxEnNm+HUerAdXXQ0C" +
            "e7EKP0kciJikBVJSymdynGaXyWl2mg8nReXGsnmsPJ75DNc/HVlz/jZiXbRR5h1Q+Ic6/OGxT/ZlLUttRuWO9egbqeQPwmXPctsE" +
            "Z3RcsJcgfoqKM3pdnI9s5Ot4DlB5tsFqMCE3G4Y7zyBkGTSeIS5aGqNeRucI2xvxepFG5h0w7vrLR849GXG7MDmei2LP3PeLNWuC" +
            "uVH5ZzHP7V5hr1q2JOnJ7l9n1/GuvriY02iR+SkqHyF0aSqZslDInhPsqfU5fE7F+ai8WMjJPCS7Xr2ezw1xdbRdjIyrIuIi+XkT" +
            "M8LPXWz0NoF223Omqw6OG4hzTVoB1kxIJ5N2fPjh0YNKLOq4tky2kT5Id9MH25kDH+7f/ekcHVab7cmr97RVHFTND2O7Ede0FUrS" +
            "qVKFh+ypdWn7JqvkReL+MYjHkv+EeGjvW3spU3R9piutZWJTXnNZRyGjcnw0jpiLCDND7xs6k6p2AzO7Sfks8TUPbHxow+I+/hhi" +
            "wSD1omdCl4SxlIRN6NqcJhx/AKEE9FPvVUdlR1hPtqu0SeEil6ltjErrZw14jJdai0CPEadnhlVRyYpB9ZirgAeHRcRarUCCGjeq" +
            "20h1ESEaaQgOiXvdiJc2h8uM7vH4xbhhbSDIyvOiwXlYa7x+ueGwAQxa5ImTdSK2BuQyzbw0R+U8Q/F2g+l/w1xkMhTVsY2CU3JG" +
            "5fFSMNQTsLMBsdWi1TOY+ICiiRjDj5XrBF4I8o1sHV0vvlvG6HyVWh1DxjifCo5UFwn4ejTZGBJvlXWRbqAM71HWJRr4RbAlEHIO" +
            "ynMVI95aBkwOg3zJc89TO8SfGKlwebvKeYZga63PR/VzEcyVihoN9XRdYOu1fj4o8ZIzlw31Bnr89RyHYXOpBF01pcMQf7B9XNQ6" +
            "sTe4Ncd+egUfKoIK0qadS5oxVX0Wxt5Mf3R8mH00eRzqK+sAHhxSf788vunkshN3ghMzYO1aMs6ya/Fr/I6XWE7qyysQCC/5TyN9" +
            "GI2Hh9f2erEJwR0/5YB+9oX6ebbI80XiPLMhEczKeGY1QGe8ttJnY+YyZe9Ao2Dn7BN7Qk1SK/Gu9T3tTtILLsEfauSDoa3y/Ewe" +
            "0yyNxI65zNz7FvzXfb08R3REtT8Yb+v57FQgGB0/Nxc53WAFbZgBuB6KwgbX3oxUkfEtOcsjYQCyK/+sjlIRxA0PbHyYBMJjFILb" +
            "q9BMrF6CHMRHhhUOANsyD/ublKizRZt/vPNnbxKH+3SRM0eOccCvf0hUzkYAJpHod0Y8I5I83mKVEZXWfoJ4CJ2Lkq8OzSxvlHlJ" +
            "nvfTxlg6iWX9glTaEqfTR9YIxM9k3ia8GZIaZsJ0R65zL4/UroQfHg+D6+E1pK4diIHbJkuFcCvMxKbnGblC/tYma/Pk5smfTz7y" +
            "3p4930zlxXeKG/PqrQeOKeMa41wwybTcTWfnjN0/Voo8XyQWJtW1EG2Vqc+H9fU8qX5iQGqmj07GtBrqH1eRlG8cQfrG4zJqOr8T" +
            "Rt/4qbMUbc1M+67STsY9O5KU8rVr36xUOw8fPNnLgqT7UWrX2Oj6c+siqUtT3Wnm3PYcDiLrA7JOipfLYoFoxsyEmdQTX5A3kNWa" +
            "Kk0SVemrfOyxRa/Ba1IXlPDW5mcULmKgowH7qTvnMaOnzlNnr82x2+3X1IY+vtbFu2jExHmo/509T6jWt0Mr5kEfFzlCrAXTkTZ9" +
            "NbWL1ILK9fbhAkUT+eCpcBlL2KTM12hlzhaZz2V/8cWpIkkTn5WaAGrtDa+LjLgJZjo6/RmesUPiTx+BtD98ltGW5kru5fzBVdcF" +
            "gwF2QsgvG8JAGhdqzruRPJF34vcf/XXv6e57Pd1KPzr9+Ye0/ppC1OsKDUapIHRrc6ljRvM0x7QmZI25jbkN9KcZV8O+DFbqtqT9" +
            "0GFo+ltSWBetmnKdb5xvHKhf5yDcKmsi5AlauexNqJq19+0F98y1Tf+RRYPKH4n9+Rmuq7r9rCRqfpT8WXasdol1AiFmCuiZOgdm" +
            "gZk3Oo65p8FAfD/9c9hef3fcGVuxPlBUzodWVvChu8p5rmguchnLOHaRNeh/pDR7yrMvXme+Vrxx+8+3n4STX7RzL84eL2VBlkRh" +
            "FJaNoR6Im7EpREFbIVYAk1ssLd9uoVtvESQ2b3fdmKJ3Sqwrdj+/a9Xu551GxzRPrgDufClDUrvOPgy9tNenWIoBlYNL6n17qe/H" +
            "o1E8C6fEDPbXtrGSnCf1PnNTNmep1uhSEuJApZ0+xHhcBMC9+eKw6JzUVHzgeuCb5vBCCJMwEe93HFu3GGkxFJNQewiJ8GfAOYIf" +
            "lNfvhEbS4DhOMvneXECKzpOP5q0gX8u2oneLkZcgdYd717h9/4xzG90vu3wGAOS/T3BgktVhabHK2Gzdjzjca0QZpvbB1xucV7OQ" +
            "oWsWUm/jXvp0YCHzfgoTrpeE0Hqgi0lwTWT5ELoWSUfFYTG+bz+OXBcJXWBhrz5y9NjLPUHOgr5pqWiJz0gZezx77Lj0lakZiXuS" +
            "05PSkzNTP07LSEhNSNTFUzpNki4l6XfJiVQClaBPeBgeRrNCsVTi/Xd8eaZ7+tHEf6UeO3E8+3SOnwtyDpBIbK62orMyvppCPy1R" +
            "sNLnTgAzdL3az0WPkdXlle02sqK9rLQMPZ9ME9NE13vqPXWfbrXXchzvpJ0g7HghPD/z0bgz0zZroW9PhsJbEFod+AUsWVIcPPn5" +
            "/NNsqBRPSL4qJQEiv2ckYugXhPZh3XuN43vyGgUofQDX7LR8MRvg/YzIvCEuoSdCEiQRnQVefxh7wa2sojDwxoaHpaWrBXSX5fbC" +
            "Tq5bQmzKKWszdgwcf3SSwfaE/Hm1XelD4POlR50DXEY36oU8GSLQPbO0WBiz+H22ZqHcj95qmfmojLWd+V5GXg+k7xD5Vx5Uzqch" +
            "dYzc96Lai/Y+LjqXQyD+tMa/qAIkjUYfl0KR7QbCyM8EJi3w7cjcIY74hjiQ3trRbibIGzbs8OYcgpPcGYC/P6dPKI7XvTF9y01P" +
            "znlqNiFaqkFYWRGassii/1LfwwZTWJHPDF3tXNWitDP1Z4iHVn2wyln+31HnELMkZEABhTitK7+gzYTYWmEiOLlr2x4FbVnB35a9" +
            "+vT1xoetXGhlNUYkxKfGxeNZUW3F8HPqIsKb3Nt7CillCb9XH58SH39wHEZ426Qsb8IWpIp+S0blD0FnWsOxtrn4bZiGGbfTSy/9" +
            "xzH6tDznLyQDEo/fRH6bKtbg70/fbHTO0Nyr2XhLNSYzQEjg0JjYE3gQX8gHhJAoSC19uqglSf08/UgT7ZMB416ia8K6CGHN3re/" +
            "L7Kcif+uEIJqgtDPTzpyjUbbpnq8Op5LF/HBE6nHe4OlWNwH48ZmxOsBF/JdoToDmARfDxK3O0n148Io0lvdTRZjNWGWyyfdOYsz" +
            "ltNhbfTotk0AQT4Q7A0JRY9Si5fQG4iNpG7Lr5J+l5L6QUpcHKGVuQ5E/+0yZ53a5sJaMOR39VwTDHG5nOr5BrAG8VAXzSxct/N1" +
            "7DC2XrKAyJdKJJmUPHbMx4kJRGT+cBhTF+1POnPGL4jYhlkLkg5/R15LluPOjmA3Oas9UywXAB7qVDmuD9P3f+DRTprVOTlc/tsL" +
            "9MEbx3dgbFgbdVeMO5hNaNrHAvBiSOJybyJufv+eM8n0Rx91H/zrJ2cK3j824S5wakzzyHW3VCLuqMYrZWcDLJq1Bk73XhV4cao/" +
            "uOYbZ3UY+htcNXW8v8dvuufuOVVFd88BTMDkflmJS0m3Gv51tUbTEX2dI0Ac3St0v/LlezYIc7rnn2LF0rjUzJXx2kFxU+43bd9A" +
            "eA2H+oMm+rgw5vmz7QaYW4oyw/Gt9Tm+t1HJ5stBYw3nc2ejOIGZNXpdUny8RodJHD/dP+MALFpUumTJIh8wM/JafOu6iM1xSSlv" +
            "J5skC+oHFtSvoM+F0E6WDbYGAj23o3t2exgDO9lQ6C5ByZFKQaNPTY17pAjZnB+YVK9zZKimi7jeEI9LpCZeE6ETXCaXCZTyqZmg" +
            "bR6vqiNgf24L0N/ozD8br7PTzNt6ubzVHh7V6JfC7Zw9TgAehPULkJYSCYyU7nf5XD9ZXVqP1IXUN54NuO2R1x54/UFRxAHQsAio" +
            "fukawJeuXfoKtn4h/vre8HhWM0YDuDNdGdNqdldHXeeIUU0X9QZ5kspI/wsZERc99la7vTZo52q/Bwz3ExGidUQwWGdosRq/hZ74" +
            "cLz7ye5n63MYm14pV+eG142Yk5HnJeB/SP3SZL2e3AhiIOT2OU0r8mqNTb6mgbVr2THMTS1Y/9BGeJ3cvGkTuWXLFt2b+jd/+avk" +
            "pDdStqQmPZuYtNg3Z2APjTcnhz+/Enmd54Fquohb+czhvGh9gHoRUiDe/Cars+AWxNYWI/pT6jKLuLfAgxQugCvPAWBtH6I3ngr3" +
            "GoZefMLkmojDsr7ycnN0+wOeJ81gz/YbauDzbvXrOutBaDfcI/ciWVsrsXJZZ9cs/G1XVO5I/dzrRbHszDgaYLnBVyQ5SlrlnbXw" +
            "StFd2yytVDHA72efza0IrxOxlNQAQqWM4fKvU6NaHWzHS5qfWLukBn1Cz/x3m8PrReZ/xUfmRdg8tm8vf2Dd+gW7vJ/mMzScc937" +
            "nDaMLlLHBfJbM+XGSSQzkzRqZk43SbfCDGx6i7UFBLrpAOdxTeLBPcY1ti1j6v34g3OKmeXty49kBpvCukie7x8wrtidkRWjfcKb" +
            "PV9fMMES1zleQ7VnlRX078dmROZF4IxXFU0k+4SULDk+/c9JSnkepZY/EjyXLoqN+1CX2TRQlgipS1kvqtYkVtgYW0EZlDqamzwN" +
            "HnuD/dOmMm3iZyuyXurOF0jjE7Svb92IWc24TZHtqqKZeLKfi37QGhQHrSf1I7D5feU3jDV9a0W+T+4p4wWfSGwOl8/0799FtT8c" +
            "xtRF58LAb5AqekR9faXdCJlMITNTU1hglArTbuUKHZMcx9we97FgZltF3O1T77aWkT/0ZSYfpH/+ucrxanjbneH1IsPfV4osz4Mn" +
            "a2i9KxHNWAhZu2Xe//kD9/7gxLN75PWimqOZ4qLf3fl/ytrRwnu1Ue2ODC+Ii+bvY2hqT2T0XCZ5fEVis8xbiOGbqWIMCF7gh2OW" +
            "fnv5bmUfzWn2pfNYEAQctEPfZGQlDo3RuAbr38eTuFfcHrpRwMoHuMlQf4HvU6rpomHxSMl2itJFx4dFeV6e753kKGnBwNoWuc4T" +
            "A720P6dvbFM0kjdTfGUBqSOG5qGZ3GwefSOc9Jr64ohGgsfDGknxN6gEtfaHQzVdNCyO3ZOZoFOJD4uiGcxEF1mlrSwvc+TVe+w5" +
            "tbwTj847i+yN37z5s5x+LlI0UplELo3j+Yh8AtPpEkkdJgYmfunvQZzF4YDzuqza1OuNfetH37kvon3gcvkY5x2Earroq/M8V76T" +
            "kftTRyy9s33ZUG2NNdscKbwkEr5YuipXkN65Q1mjIlpLMKItHwfPpBDPBxfWJKTI60sSePIleGe2BNuKQM9EHh/lF8RFF9cwlw9p" +
            "Q6pYdZfdOROxUCnsFJ94ZenaJa/iyprvpke0Q3b0VIzDeUAcIkroeQy7IKx9DO/7LDtgQAIxgr39Eb9fdOmw3Wypmlph4Gvldxkj" +
            "6/M7U/6R9P4uja5m8zpqwy9JnSb+UPLj8r59VDtDkMS1hxJ0CZ8lduoPxWkoLYVT1NNa7Xs6kjoUp9MfStDru+I1FDOC739huuji" +
            "I5g1tga7MyqOJ8vfVPfn+OTHk3Txj/2JpDBl/SkyLybKO3wU+UeNXhNP6TU6UkeaCRLrgsi82HgB711fKgRbgeeOyDjeYcbI9ov8" +
            "Xvb54SjgorMmNVAlkbHLbyN/v+iSo1dqKJusEr/ceEG66FKgWPtpQ4W8Bhqj/vLhiN+7vpS4P511cLO0Mzti1F9evMxcBO5JDoAS" +
            "Eh9O51xGG4EuuDTolJxCLVs/SSovqNJph9U5lxG/Yl2UL4muA7VcbYPd0zAJyrXyrOr8dM5Xj1+VLgK513xcX1vf4JlQ1l7xY9vU" +
            "Kg3JXFa9M1K8lFzEY5II77KlzfIqEUPL60Tg6Rq0rv2fYRdbF2GCwjJOvja0taGea2xirVBeUFFge6ZKa7OQjPlO9eNGMV4EXYRL" +
            "kpPm+FrObq/91F5vb23wNOU5rO268nJtdUUV+UfMLJkvwv8Lu1x4YetFee258ls9TrNzSpPyLrHyjq91v1neUYu59vMf6iPkInQP" +
            "JNEr75vJzNK/b6asROPgLVDef4485uti6roIc2JOZQxC2oWvra9l7TKveFjeAc1WuqxEYZeCKlvVVJuW7DTjZId6O18LHNBFomsi" +
            "4pNr7XZ7Tq3d3mr31HsQp7Q2gaMUrIyurJyxlduoRMQtNxBmrAsQvyjHReuIrxv276OlNxzzeA+AtzRU6C4MFaYXQmGBSVOYOVNT" +
            "iBt9RmxMhxGwdtV9pq87/j8bT0IZQ6/maAAAAABJRU5ErkJggg==");

    private final AccountCreator creator = new AccountCreator(TestAccounts.connector());

    @Test
    void showsThePictureAndCreatesTheAccountWithTheRightAnswer(TestProsody prosody) {
        String name = TestAccounts.uniqueName("gina");
        CreatedAccount account = creator.create(AccountRequest.named(prosody.address(), name, Password.of("pw")),
                (form, questions) -> {
                    assertTrue(form.hasCaptcha());
                    assertEquals(List.of("ocr"), questions.stream().map(FormField::variable).toList());
                    FormField ocr = questions.get(0);
                    assertEquals("Enter the text you see", FieldLabels.of(ocr, Locale.ENGLISH));
                    MediaItem picture = ocr.media().get(0);
                    assertEquals("image/png", picture.mediaType());
                    assertTrue(picture.uri().startsWith("cid:sha1+"));
                    assertArrayEquals(PICTURE, picture.bytes().orElseThrow().bytes());
                    assertEquals(List.of("If you cannot see the picture, open the web page below."), form.notes());
                    assertEquals("https://localhost/captcha/trasloco-test-challenge",
                            form.field("captcha-fallback-url").orElseThrow().value().orElseThrow());
                    return new RegistrationAnswers().set("ocr", "7X4K");
                });
        assertEquals(name + "@localhost", account.jid());
    }

    @Test
    void saysTheCaptchaAnswerWasWrong(TestProsody prosody) {
        TraslocoException error = assertThrows(TraslocoException.class, () -> creator.create(
                AccountRequest.named(prosody.address(), TestAccounts.uniqueName("hugo"), Password.of("pw")),
                (form, questions) -> new RegistrationAnswers().set("ocr", "wrong")));
        assertEquals(TraslocoException.Kind.REFUSED, error.kind());
        assertEquals("The answer to the CAPTCHA was not accepted. Try again: a new CAPTCHA will be shown. "
                + "The server said: “The CAPTCHA verification has failed”", error.message(Locale.ENGLISH));
    }
}
